# about: Enum, IntEnum, Flag and auto(), members in match value patterns
# expect: ACCEPTED
# mode: grade
# test: ["RED"] => ["stop", 2, 5, ["R", "W"]]
import enum
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    R = 4
    W = 2
    X = 1


def solve(name):
    c = Color[name]
    match c:
        case Color.RED:
            action = 'stop'
        case _:
            action = 'go'
    perms = Perm.R | Perm.W
    return [action, int(Level.HIGH), int(Level.HIGH) + 3, [p.name for p in Perm if p in perms]]
