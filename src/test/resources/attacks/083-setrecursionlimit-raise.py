# expect: RUNTIME_ERROR
# about: a raised recursion limit is capped

import sys
sys.setrecursionlimit(10 ** 9)
def f(n):
    return f(n + 1)
f(0)
