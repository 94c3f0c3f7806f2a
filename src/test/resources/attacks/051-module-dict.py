# expect: POLICY_VIOLATION
# about: a module's __dict__

import math
print(math.__dict__)
