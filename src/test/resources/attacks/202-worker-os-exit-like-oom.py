# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: os._exit(3) mimics the exit code of -XX:+ExitOnOutOfMemoryError to fake a memory verdict
# needs: worker

import os
os._exit(3)
