# about: math, cmath and numbers
# expect: ACCEPTED
# mode: grade
# test: [16] => [4, 4.0, 4, 10, 4.0, true, true]
import math
import cmath
import numbers


def solve(x):
    z = cmath.sqrt(-x)
    return [math.isqrt(x), round(math.log(x, 2), 6), math.gcd(12, x), math.comb(5, 2),
            z.imag, isinstance(x, numbers.Integral), math.inf > x]
