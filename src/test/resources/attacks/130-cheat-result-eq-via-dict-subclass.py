# expect: WRONG_ANSWER
# about: a dict subclass that claims to equal everything: read through dict itself ({}), so it cannot fake equality
# mode: grade
# test: [1, 2] => 3

class D(dict):
    def __eq__(self, other):
        return True


def solve(a, b):
    return D()
