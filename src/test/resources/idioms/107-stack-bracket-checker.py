# about: a stack-based bracket matcher with a dict of pairs
# expect: ACCEPTED
# mode: grade
# test: ["{[()()]}"] => true
# test: ["([)]"] => false
# test: ["(("] => false

PAIRS = {')': '(', ']': '[', '}': '{'}
def solve(text):
    stack = []
    for ch in text:
        if ch in '([{':
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack
