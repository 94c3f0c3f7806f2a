# about: returns named tuples (read as lists)
# expect: ACCEPTED
# mode: grade
# test: [[5, 3, 9, 1]] => [[1, 9], [1, 3]]

from collections import namedtuple
Pair = namedtuple('Pair', ['low', 'high'])
def solve(xs):
    return [Pair(min(xs), max(xs)), Pair(*sorted(xs)[:2])]
