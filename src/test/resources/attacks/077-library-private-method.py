# expect: POLICY_VIOLATION
# about: a private method of a library class

import fractions
print(fractions.Fraction(1, 2)._numerator)
