# expect: POLICY_VIOLATION
# about: go around a module view through its class and super()

import math
View = type(math)
print(super(View, math).__getattribute__('sqrt'))
