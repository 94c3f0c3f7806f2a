# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: a spoofed __class__ passes isinstance(obj, ModuleView), which skips the private-attribute check

import fractions
import typing

View = type(typing)


class Sneaky(fractions.Fraction):
    @property
    def __class__(self):
        return View


s = Sneaky(1, 3)
n = getattr(s, '_numer' + 'ator')
print('WALL-BREACHED', 'read a private attribute of a library class', n)
