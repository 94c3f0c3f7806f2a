# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #6: except-as, match as/star targets and lambda arguments bind names the static check never looks at

import fractions

hijack = (lambda __sc_private__: fractions.Fraction(1, 2)._numerator)(lambda o, n: 'hijacked')
if hijack == 'hijacked':
    print('WALL-BREACHED', 'lambda argument replaced the guard')
try:
    raise ValueError
except ValueError as __sc_getattr__:
    pass
match [1]:
    case [*__sc_private__]:
        print('WALL-BREACHED', 'match star bound a guard name')
