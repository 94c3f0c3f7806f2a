# about: frozen dataclasses as set members and dict keys
# expect: ACCEPTED
# mode: grade
# test: [[[1, 2], [3, 4], [1, 2]]] => 2

from dataclasses import dataclass
@dataclass(frozen=True)
class Point:
    x: int
    y: int
def solve(coords):
    seen = {Point(x, y) for x, y in coords}
    return len(seen)
