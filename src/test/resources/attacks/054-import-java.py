# expect: POLICY_VIOLATION
# about: GraalPy: import java and look up a host class

import java
print(java.type('java.lang.System').getenv('SANDCASTLE_CANARY_ENV'))
