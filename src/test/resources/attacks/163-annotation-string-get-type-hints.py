# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: an annotation string is evaluated by typing.get_type_hints as code the static check never saw

import typing


def f(x: "print.__self__"):
    pass


b = typing.get_type_hints(f)['x']
if not callable(b):
    print('WALL-BREACHED', b)
