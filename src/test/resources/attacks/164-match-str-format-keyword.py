# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: `case str(format=f)` hands out the unguarded str.format, which walks private attributes

import fractions

match '{0._numerator}':
    case str(format=f):
        r = f(fractions.Fraction(7, 3))
        print('WALL-BREACHED', r)
