# about: fractions and decimal
# expect: ACCEPTED
# mode: grade
# test: [1, 6] => ["1/2", 1, "0.1666666667", 0.25]
from fractions import Fraction
from decimal import Decimal, getcontext


def solve(a, b):
    f = Fraction(a, b) + Fraction(1, 3)
    getcontext().prec = 10
    d = Decimal(a) / Decimal(b)
    return [str(f), f.numerator, str(d), float(Fraction(1, 4))]
