# expect: POLICY_VIOLATION
# about: GraalPy: the __graalpython__ internals module

import __graalpython__
print(dir(__graalpython__))
