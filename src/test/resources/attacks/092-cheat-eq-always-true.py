# expect: RUNTIME_ERROR
# about: an object whose __eq__ is always True
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

class Yes:
    def __eq__(self, other):
        return True
def solve(a, b):
    return Yes()
