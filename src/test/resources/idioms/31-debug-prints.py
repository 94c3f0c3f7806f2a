# about: a correct solution that prints a little debug output (to stdout and via sys.stderr)
# expect: ACCEPTED
# mode: grade
# test: [[4, 1, 3]] => 8
import sys


def solve(xs):
    print('input:', xs)
    total = 0
    for i, x in enumerate(xs):
        total += x
        print(f'step {i}: running total {total}')
    print('done', file=sys.stderr)
    return total
