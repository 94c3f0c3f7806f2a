# expect: POLICY_VIOLATION
# about: the builtins module itself

import builtins
print(builtins.open)
