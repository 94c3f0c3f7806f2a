# expect: POLICY_VIOLATION
# about: FunctionType from types to run crafted code

import types
print(types.FunctionType)
