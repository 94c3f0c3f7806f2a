# expect: POLICY_VIOLATION
# about: io.open instead of open

import io
print(io.open('/etc/passwd').read())
