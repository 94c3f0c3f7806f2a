# expect: POLICY_VIOLATION
# about: issue 16's globals(): replacing a guard through it, through dict.__setitem__ on it, or deleting a builtin's shadow to reach the real one
import fractions

g = globals()
dict.__setitem__(g, '__sc_private__', lambda o, n: 'hijacked')
g.update(x=1)
if fractions.Fraction(1, 2)._numerator == 'hijacked':
    print('WALL-BREACHED', 'guard replaced through dict.__setitem__ on globals()')
