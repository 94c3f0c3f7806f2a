# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #3: a ForwardRef made with module='typing' is evaluated in typing's module globals, where 'sys' is the real sys

import typing


def f(x: typing.ForwardRef('sys', module='typing')):
    pass


s = typing.get_type_hints(f)['x']
if s is not None and not isinstance(s, type):
    print('WALL-BREACHED', s, s.modules['posix'])
