# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: typing keeps sys as a public attribute

import typing
print(typing.sys.modules['posix'])
