# expect: RUNTIME_ERROR
# about: SystemExit(0) instead of an answer
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

def solve(a, b):
    raise SystemExit(0)
