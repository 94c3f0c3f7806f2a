# about: a class with __slots__, a property and a setter
# expect: ACCEPTED
# mode: grade
# test: [25] => [77.0, 100.0]

class Temperature:
    __slots__ = ('_celsius',)
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9
def solve(c):
    t = Temperature(c)
    before = t.fahrenheit
    t.fahrenheit = 212
    return [before, t._celsius]
