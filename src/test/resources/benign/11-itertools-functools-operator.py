# about: itertools, functools and operator
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 2, 3]] => [6, 12, [1, 3, 5, 8], [[1, 1], [2, 2], [3, 1]], [[2, "a"], [1, "b"]], 1024, 1548008755920]
import itertools
import functools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def solve(xs):
    pairs = list(itertools.combinations(xs, 2))
    prod = functools.reduce(operator.mul, xs, 1)
    acc = list(itertools.accumulate(xs))
    grouped = [(k, len(list(g))) for k, g in itertools.groupby(sorted(xs))]
    by_second = sorted([(1, "b"), (2, "a")], key=operator.itemgetter(1))
    part = functools.partial(pow, 2)
    return [len(pairs), prod, acc, grouped, by_second, part(10), fib(60)]
