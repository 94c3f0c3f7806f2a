# about: returns IntEnum members (read as ints)
# expect: ACCEPTED
# mode: grade
# test: [90] => 3
# test: [60] => 2
# test: [10] => 1

from enum import IntEnum
class Grade(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
def solve(score):
    return Grade.HIGH if score > 80 else Grade.MID if score > 50 else Grade.LOW
