# about: function factories, default-argument capture in loops, functools.partial and map with lambdas
# expect: ACCEPTED
# mode: grade
# test: [3] => [[0, 1, 2], [3, 4, 5], 6]


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def make_counter():
    count = [0]

    def inc(step=1):
        count[0] += step
        return count[0]
    return inc


def solve(n):
    adders = make_adders(n)
    c = make_counter()
    for _ in range(n):
        c(2)
    return [[f(0) for f in adders], list(map(lambda f: f(n), adders)), c(0)]
