# expect: POLICY_VIOLATION
# about: __wrapped__ of a library-wrapped function, name built at run time

import functools
w = getattr(functools.reduce, '__wrap' + 'ped__', None)
print(w)
