# expect: POLICY_VIOLATION
# about: dataclasses keeps inspect

import dataclasses
print(dataclasses.inspect.currentframe())
