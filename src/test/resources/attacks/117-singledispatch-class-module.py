# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: update_wrapper copies a library __module__ onto a player function used by singledispatch

import functools


@functools.singledispatch
def g(x):
    return 0


def h(x: "__import__('posix').getcwd()"):
    return 1


functools.update_wrapper(h, functools.reduce, assigned=('__mod' + 'ule__',), updated=())
g.register(h)
print(g(1))
