# expect: POLICY_VIOLATION
# about: start a process

import subprocess
subprocess.run(['id'])
