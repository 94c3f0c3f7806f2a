# expect: POLICY_VIOLATION
# about: module __loader__ and __spec__

import math
print(math.__loader__)
