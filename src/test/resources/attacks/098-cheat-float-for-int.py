# expect: WRONG_ANSWER
# about: 3.0 is not 3
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

def solve(a, b):
    return float(a + b)
