# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: sys._getframe to walk frames

import sys
print(sys._getframe().f_globals)
