# expect: WRONG_ANSWER
# about: True is not 1
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

def solve(a, b):
    return True
