# expect: POLICY_VIOLATION
# about: subclass a library class to reach its private attributes through the player's own class

import fractions
class F(fractions.Fraction):
    pass
print(F(1, 2)._numerator)
