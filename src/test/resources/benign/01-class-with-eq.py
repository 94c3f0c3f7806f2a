# about: a class with __init__, __eq__, __hash__ and __repr__ used internally
# expect: ACCEPTED
# mode: grade
# test: [[[1, 2], [1, 2], [3, 4]]] => ["Point(1, 2)", "Point(3, 4)"]
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def solve(points):
    unique = {Point(x, y) for x, y in points}
    return sorted(repr(p) for p in unique)
