# about: classmethods, staticmethods, __init_subclass__ registries, operator overloading and total_ordering
# expect: ACCEPTED
# mode: grade
# test: [[3, 4], [1, 2]] => ["V(4, 6)", "V(6, 8)", true, ["Circle", "Square"], 25]
import functools


@functools.total_ordering
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def of(cls, pair):
        return cls(*pair)

    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f'V({self.x}, {self.y})'


class Shape:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)


class Circle(Shape):
    pass


class Square(Shape):
    pass


def solve(a, b):
    va, vb = V.of(a), V.of(b)
    return [repr(va + vb), repr(2 * va), vb <= va, Shape.registry, V.dot(va, va)]
