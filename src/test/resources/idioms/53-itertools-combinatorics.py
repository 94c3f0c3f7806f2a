# about: itertools permutations, combinations, product, accumulate, pairwise, chain.from_iterable
# expect: ACCEPTED
# mode: grade
# test: [3] => [6, 3, 9, [1, 3, 6], [[1, 2], [2, 3]], [1, 2, 3, 4]]
import itertools
import operator


def solve(n):
    xs = list(range(1, n + 1))
    return [len(list(itertools.permutations(xs))), len(list(itertools.combinations(xs, 2))),
            len(list(itertools.product(xs, repeat=2))), list(itertools.accumulate(xs, operator.add)),
            [list(p) for p in itertools.pairwise(xs)], list(itertools.chain.from_iterable([[1, 2], [3, 4]]))]
