# about: object.__setattr__ in a frozen dataclass's __post_init__, and a __setattr__ override calling super()
# expect: ACCEPTED
# mode: grade
# test: [3, 4] => [5.0, ["x", "y"]]
import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Vec:
    x: float
    y: float
    norm: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'norm', math.hypot(self.x, self.y))


class Recorder:
    def __init__(self):
        object.__setattr__(self, 'seen', [])

    def __setattr__(self, name, value):
        self.seen.append(name)
        super().__setattr__(name, value)


def solve(x, y):
    r = Recorder()
    r.x = x
    setattr(r, 'y', y)
    return [Vec(x, y).norm, r.seen]
