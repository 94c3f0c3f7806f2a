# about: typing.NamedTuple with defaults and methods, _replace and _asdict, tuple unpacking
# expect: ACCEPTED
# mode: grade
# test: [3, 4] => [5.0, {"x": 3, "y": 0}, [3, 4]]
import math
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> float:
        return math.hypot(self.x, self.y)


def solve(x, y):
    p = Point(x, y)
    a, b = p
    return [p.norm(), dict(p._replace(y=0)._asdict()), [a, b]]
