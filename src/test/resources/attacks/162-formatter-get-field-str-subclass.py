# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: string.Formatter.get_field with a str-subclass field name skips the field check and returns the object

import string


class S(str):
    pass


obj, _ = string.Formatter().get_field(S('0.__se' + 'lf__'), (print,), {})
if not callable(obj):
    print('WALL-BREACHED', obj)
