# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #5: functools.update_wrapper as an unguarded getattr whose result lands in a player object's __dict__

import functools


class Box:
    pass


box = Box()
functools.update_wrapper(box, print, assigned=('__se' + 'lf__',), updated=())
b = box.__dict__.get('__se' + 'lf__')
if b is not None:
    print('WALL-BREACHED', b)
