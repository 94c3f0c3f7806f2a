# about: exact arithmetic with Fraction and Decimal
# expect: ACCEPTED
# mode: grade
# test: [[2, 3, 6, 4]] => ["5/4", "2.68"]

from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP
def solve(parts):
    total = sum(Fraction(1, p) for p in parts)
    rounded = Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    return [str(total), str(rounded)]
