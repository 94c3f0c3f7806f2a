# expect: POLICY_VIOLATION
# about: operator.methodcaller running format

import operator
print(operator.methodcaller('format', 1)('{0.__class__}'))
