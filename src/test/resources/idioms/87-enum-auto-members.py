# about: Enum with auto() and iteration over members
# expect: ACCEPTED
# mode: grade
# test: [] => [["CLUBS", 1], ["HEARTS", 2], ["SPADES", 3]]

from enum import Enum, auto
class Suit(Enum):
    CLUBS = auto()
    HEARTS = auto()
    SPADES = auto()
def solve():
    return [(s.name, s.value) for s in Suit]
