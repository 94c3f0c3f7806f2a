# about: prefix sums and running max with itertools.accumulate
# expect: ACCEPTED
# mode: grade
# test: [[3, 1, 4, 1, 5]] => [[3, 4, 8, 9, 14], [3, 3, 4, 4, 5], [3, 3, 12, 12, 60]]

from itertools import accumulate
import operator
def solve(xs):
    return [list(accumulate(xs)), list(accumulate(xs, max)), list(accumulate(xs, operator.mul))]
