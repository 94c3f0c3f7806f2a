# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: operator.attrgetter with a str-subclass name skips the name check

import operator


class S(str):
    pass


b = operator.attrgetter(S('__se' + 'lf__'))(print)
if not callable(b):
    print('WALL-BREACHED', b)
