# about: functools.reduce with math.gcd and math.lcm
# expect: ACCEPTED
# mode: grade
# test: [[12, 18, 30]] => [6, 180]

from functools import reduce
from math import gcd, lcm
def solve(xs):
    return [reduce(gcd, xs), reduce(lcm, xs)]
