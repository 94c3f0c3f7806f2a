# expect: RUNTIME_ERROR
# about: unbounded recursion ends in RecursionError

def f(n):
    return f(n + 1)
f(0)
