# about: LeetCode style: a Solution class whose method does the work, called from solve
# expect: ACCEPTED
# mode: grade
# test: ["()[]{}"] => true
# test: ["(]"] => false


class Solution:
    PAIRS = {')': '(', ']': '[', '}': '{'}

    def isValid(self, s: str) -> bool:
        stack = []
        for ch in s:
            if ch in self.PAIRS:
                if not stack or stack.pop() != self.PAIRS[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack


def solve(s):
    return Solution().isValid(s)
