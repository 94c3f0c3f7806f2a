# expect: WRONG_ANSWER|POLICY_VIOLATION
# about: replace the builtins the grader might use
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

int = lambda *a: 3
isinstance = lambda *a: True
len = lambda x: 0
def solve(a, b):
    return -1
