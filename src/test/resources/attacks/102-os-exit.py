# expect: RUNTIME_ERROR|POLICY_VIOLATION
# about: os._exit ends the JVM
# needs: worker

import posix
posix._exit(3)
