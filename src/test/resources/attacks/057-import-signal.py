# expect: POLICY_VIOLATION
# about: import signal (in-process: stopped at the import)

import signal
