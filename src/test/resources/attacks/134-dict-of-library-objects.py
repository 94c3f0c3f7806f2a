# expect: POLICY_VIOLATION
# about: __dict__ is open on the player's own objects only, not on library instances or classes

import fractions
import random
r = random.Random(1)
print(r.__dict__)
