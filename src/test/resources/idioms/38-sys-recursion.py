# about: sys.setrecursionlimit and deep recursion (a common competitive-programming preamble)
# expect: ACCEPTED
# mode: grade
# test: [2000] => 2001000
import sys

sys.setrecursionlimit(10000)


def total(n):
    return 0 if n == 0 else n + total(n - 1)


def solve(n):
    return total(n)
