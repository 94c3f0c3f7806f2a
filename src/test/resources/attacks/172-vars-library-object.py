# expect: POLICY_VIOLATION
# about: issue 16's vars(): only the solution's own objects and classes, never a library object's __dict__
import fractions

d = vars(fractions.Fraction(1, 3))
print('WALL-BREACHED', d)
