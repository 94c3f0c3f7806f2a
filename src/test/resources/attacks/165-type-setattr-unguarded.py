# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: type.__setattr__ as an unguarded setattr undoes the pin of ForwardRef._evaluate

import functools
import typing

got = []


def mine(self, globalns, localns, *args, **kwargs):
    got.append(globalns)
    return int


type.__setattr__(typing.ForwardRef, '_eval' + 'uate', mine)


def h(x: 'int'):
    return 1


functools.update_wrapper(h, typing.get_origin, assigned=(), updated=())


@functools.singledispatch
def g(x):
    return 0


g.register(h)
for ns in got:
    if type(ns) is dict and ns.get('__name__') == 'typing':
        print('WALL-BREACHED', 'typing module globals', ns.get('sys'))