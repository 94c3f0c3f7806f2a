# about: functools.lru_cache on a recursive function
# expect: ACCEPTED
# mode: grade
# test: [90] => 2880067194370816120

from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def solve(n):
    return fib(n)
