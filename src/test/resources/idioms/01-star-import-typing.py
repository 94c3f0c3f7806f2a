# about: issue 16: `from typing import *` (star imports from allowed modules)
# expect: ACCEPTED
# mode: grade
# test: [[3, 1, 2]] => [1, 2, 3]
from typing import *


def solve(xs: List[int]) -> List[int]:
    out: List[int] = sorted(xs)
    return out
