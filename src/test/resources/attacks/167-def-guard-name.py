# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: the wall's guard names can be rebound with def, so rewritten loads call player code


def __sc_private__(obj, name):
    return 'hijacked'


import fractions

if fractions.Fraction(1, 2)._numerator == 'hijacked':
    print('WALL-BREACHED', 'the private-attribute guard was replaced')
