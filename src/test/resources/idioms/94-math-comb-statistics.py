# about: math.comb, math.isqrt and statistics.median
# expect: ACCEPTED
# mode: grade
# test: [[5, 1, 4, 2, 3]] => [120, 9, 3, 3]

import math, statistics
def solve(xs):
    return [math.comb(10, 3), math.isqrt(99), statistics.median(xs), statistics.mean(xs)]
