# expect: POLICY_VIOLATION
# about: seed: import os and run a command

import os
os.system('touch pwned-by-attack.txt')
