# about: the safe sys view: maxsize, recursion limit, stdout.write
# expect: ACCEPTED
# mode: grade
# test: [7] => [true, true, 7]
import sys

sys.setrecursionlimit(2500)


def solve(n):
    sys.stdout.write("working\n")
    return [sys.maxsize > 2 ** 30, sys.getrecursionlimit() >= 2000, n]
