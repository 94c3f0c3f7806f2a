# expect: POLICY_VIOLATION
# about: collections keeps sys under a private name

import collections
print(collections._sys.modules)
