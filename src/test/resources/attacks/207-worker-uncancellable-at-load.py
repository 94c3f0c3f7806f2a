# expect: TIME_LIMIT_EXCEEDED
# about: sum(range(10**11)) at module level, while the solution is being loaded for grading
# needs: worker
# mode: grade
# test: [2] => 4

TOTAL = sum(range(10 ** 11))

def solve(x):
    return x * 2
