# about: a class with its own __match_args__ and properties, matched positionally and by keyword
# expect: ACCEPTED
# mode: grade
# test: [[[1, 1], [0, 2], [3, 0]]] => ["diag 1", "y-axis 2", "x-axis 3"]


class P:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def classify(p):
    match p:
        case P(0, y):
            return f'y-axis {y}'
        case P(x, 0):
            return f'x-axis {x}'
        case P(x=x, y=y) if x == y:
            return f'diag {x}'
    return 'other'


def solve(points):
    return [classify(P(*pt)) for pt in points]
