# about: an Enum with methods, value lookup, iteration, StrEnum and members as dict keys
# expect: ACCEPTED
# mode: grade
# test: ["E"] => ["W", 90, ["N", "E", "S", "W"], "east"]
from enum import Enum, StrEnum


class Dir(Enum):
    N = 0
    E = 90
    S = 180
    W = 270

    def opposite(self):
        return Dir((self.value + 180) % 360)


class Word(StrEnum):
    E = 'east'


def solve(name):
    d = Dir[name]
    names = {dd: dd.name for dd in Dir}
    return [d.opposite().name, d.value, list(names.values()), str(Word[name])]
