# about: classic two-sum with a dict of seen values and enumerate
# expect: ACCEPTED
# mode: grade
# test: [[2, 7, 11, 15], 9] => [0, 1]
# test: [[3, 2, 4], 6] => [1, 2]


def solve(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
