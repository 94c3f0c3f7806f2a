# expect: RUNTIME_ERROR
# about: return more data than the result budget
# mode: grade
# test: [1, 2] => 3

def solve(a, b):
    return ['z' * 1000] * 5000
