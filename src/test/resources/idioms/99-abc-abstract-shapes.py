# about: abc.ABC with an abstract method and polymorphism
# expect: ACCEPTED
# mode: grade
# test: [] => [true, [9, 3.14]]

from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return round(math.pi * self.r ** 2, 2)
def solve():
    try:
        Shape()
        abstract = False
    except TypeError:
        abstract = True
    return [abstract, [s.area() for s in (Square(3), Circle(1))]]
