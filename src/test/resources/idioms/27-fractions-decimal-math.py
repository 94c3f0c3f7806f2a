# about: fractions, decimal contexts, math and statistics
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3, 4]] => ["25/12", "0.3333", 2.5, 24, 3.0]
import math
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction


def solve(xs):
    h = sum(Fraction(1, x) for x in xs)
    with localcontext() as ctx:
        ctx.prec = 4
        third = Decimal(1) / Decimal(3)
    return [str(h), str(third), statistics.median(xs), math.prod(xs), math.sqrt(9)]
