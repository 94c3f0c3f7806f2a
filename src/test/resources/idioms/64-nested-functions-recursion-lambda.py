# about: recursive lambdas through a name, nested helper functions and sorted with cmp via key
# expect: ACCEPTED
# mode: grade
# test: [5] => [120, [1, 1, 2, 3, 5], "11111"]


def solve(n):
    fact = lambda k: 1 if k <= 1 else k * fact(k - 1)

    def fibs(count):
        def step(a, b, left):
            return [] if left == 0 else [b] + step(b, a + b, left - 1)
        return step(0, 1, count)

    return [fact(n), fibs(n), ''.join('1' for _ in range(n))]
