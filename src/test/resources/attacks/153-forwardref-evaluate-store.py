# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #3: a plain attribute store undoes the wall's pin of typing.ForwardRef._evaluate, then library code hands over a library module's globals

import functools
import typing

got = []


def mine(self, globalns, localns, *args, **kwargs):
    got.append(globalns)
    return int


typing.ForwardRef._evaluate = mine


@functools.singledispatch
def g(x):
    return 0


def h(x: 'int'):
    return 1


functools.update_wrapper(h, typing.get_origin, assigned=(), updated=())
g.register(h)
for ns in got:
    if type(ns) is dict and ns.get('__name__') == 'typing':
        print('WALL-BREACHED', 'typing module globals', ns.get('sys'))