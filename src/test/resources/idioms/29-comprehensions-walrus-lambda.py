# about: nested comprehensions, dict/set comprehensions, walrus in comprehensions, lambdas, map/filter/zip
# expect: ACCEPTED
# mode: grade
# test: [5] => [[[1, 2], [2, 4]], {"0": 0, "1": 1, "2": 4}, [0, 1, 2, 3], [1, 9], [[1, "a"], [2, "b"]]]


def solve(n):
    grid = [[i * j for j in range(1, 3)] for i in range(1, 3)]
    squares = {str(i): i * i for i in range(3)}
    seen = sorted({x % 4 for x in range(n * 2)})
    odd_sq = [y for x in range(n) if (y := x * x) % 2 == 1]
    pairs = list(map(list, zip([1, 2], 'ab')))
    return [grid, squares, seen, list(filter(lambda v: v < 10, odd_sq)), pairs]
