# about: issue 16: `super().__getattr__(name)` in the solution's own class hierarchy, and a delegating wrapper
# expect: ACCEPTED
# mode: grade
# test: [5] => [5, "fallback:color", 6]


class Base:
    def __getattr__(self, name):
        return 'fallback:' + name


class Point(Base):
    def __init__(self, x):
        self.x = x

    def __getattr__(self, name):
        if name == 'y':
            return self.x + 1
        return super().__getattr__(name)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


def solve(x):
    p = Proxy(Point(x))
    return [p.x, p.color, p.y]
