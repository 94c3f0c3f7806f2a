# about: generators, yield from, itertools pipelines and send()
# expect: ACCEPTED
# mode: grade
# test: [10] => [[0, 1, 1, 2, 3, 5, 8, 13, 21, 34], [[0, 2, 4], [6, 8]], 15]
import itertools


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def solve(n):
    acc = accumulator()
    next(acc)
    for i in range(6):
        last = acc.send(i)
    return [list(itertools.islice(fib(), n)), list(chunks(range(0, n, 2), 3)), last]
