# about: enum with auto, members, iteration and IntEnum
# expect: ACCEPTED
# mode: grade
# test: ["GREEN"] => ["GREEN", 2, 3, true, ["RED", "GREEN", "BLUE"]]
import enum


class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 10


def solve(name):
    c = Color[name]
    return [c.name, c.value, len(Color), Level.HIGH > Level.LOW, [m.name for m in Color]]
