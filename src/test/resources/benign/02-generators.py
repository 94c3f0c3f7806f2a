# about: generators, yield from and generator expressions
# expect: ACCEPTED
# mode: grade
# test: [10] => 125
# test: [0] => 5
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


def chain(*gens):
    for g in gens:
        yield from g


def solve(n):
    return sum(x * x for x in chain(evens(n), range(3)))
