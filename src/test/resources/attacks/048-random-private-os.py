# expect: POLICY_VIOLATION
# about: random keeps os under a private name

import random
print(random._os.environ)
