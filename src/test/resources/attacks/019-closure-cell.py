# expect: POLICY_VIOLATION
# about: read a closure cell of a library wrapper

import functools
@functools.lru_cache
def f(x):
    return x
print(f.__wrapped__.__closure__)
