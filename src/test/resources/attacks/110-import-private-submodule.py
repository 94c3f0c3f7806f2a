# expect: POLICY_VIOLATION
# about: import a private submodule of an allowed package

import re._compiler as c
print(c)
