# about: statistics
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 2, 3, 7]] => [3, 2, 2, 2.0976]
import statistics


def solve(xs):
    return [statistics.mean(xs), statistics.median(xs), statistics.mode(xs), round(statistics.pstdev(xs), 4)]
