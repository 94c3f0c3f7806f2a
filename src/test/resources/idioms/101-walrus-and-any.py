# about: the walrus operator in comprehensions and while loops
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3, 4]] => [[4, 16], 10]

def solve(xs):
    evens = [y for x in xs if (y := x * x) % 2 == 0]
    it = iter(xs)
    total = 0
    while (n := next(it, None)) is not None:
        total += n
    return [evens, total]
