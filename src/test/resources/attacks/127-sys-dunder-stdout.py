# expect: POLICY_VIOLATION
# about: the original stream objects behind sys.__stdout__

import sys
print(sys.__stdout__)
