# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #2: a str subclass as the attribute name of getattr skips the guard's checks


class S(str):
    pass


b = getattr(print, S('__se' + 'lf__'))
if not callable(b):
    print('WALL-BREACHED', b)
