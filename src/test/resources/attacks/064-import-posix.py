# expect: POLICY_VIOLATION
# about: posix without os

import posix
print(posix.listdir('.'))
