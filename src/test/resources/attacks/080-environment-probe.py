# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: look for the canary in the environment

import os
print(os.environ.get('SANDCASTLE_CANARY_ENV'))
