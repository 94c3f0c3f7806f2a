# expect: POLICY_VIOLATION
# about: operator.attrgetter with dunder path

import operator
print(operator.attrgetter('__class__.__base__')(1))
