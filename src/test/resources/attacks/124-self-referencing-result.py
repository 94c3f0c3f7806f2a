# expect: RUNTIME_ERROR
# about: return a list that contains itself
# mode: grade
# test: [1, 2] => 3

def solve(a, b):
    x = []
    x.append(x)
    return x
