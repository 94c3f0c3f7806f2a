# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: sys.modules to fetch a hidden module

import sys
print(sys.modules['posix'])
