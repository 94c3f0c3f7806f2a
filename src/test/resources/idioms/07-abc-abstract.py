# about: issue 16: `import abc` with abstract base classes
# expect: ACCEPTED
# mode: grade
# test: [2] => [12.0, 4.0, true]
import abc
import math


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float:
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return float(self.side * self.side)


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return float(self.w * self.h)


def solve(n):
    try:
        Shape()
        refused = False
    except TypeError:
        refused = True
    return [Rect(n * 3, n).area(), Square(n).area(), refused and not math.isnan(1.0)]
