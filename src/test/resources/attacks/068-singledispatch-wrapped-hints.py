# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: singledispatch evaluates annotations with the globals of a wrapped built-in

import functools
@functools.singledispatch
def g(x):
    return 0
def h(x: "__import__('posix').listdir('.')"):
    return 1
functools.update_wrapper(h, len, assigned=(), updated=())
g.register(h)
print(g(1))
