# expect: POLICY_VIOLATION
# about: private module attribute through getattr

import random
print(getattr(random, '_' + 'os'))
