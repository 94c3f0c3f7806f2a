# about: set algebra, frozensets as dict keys, set comprehensions and symmetric difference
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3, 4], [3, 4, 5]] => [[3, 4], [1, 2, 3, 4, 5], [1, 2], [1, 2, 5], 1, true]


def solve(a, b):
    sa, sb = set(a), set(b)
    pairs = {frozenset((x, y)): x + y for x in sa for y in sb if x != y}
    return [sorted(sa & sb), sorted(sa | sb), sorted(sa - sb), sorted(sa ^ sb),
            pairs[frozenset((1, 3))] - 3, {1, 2} <= sa]
