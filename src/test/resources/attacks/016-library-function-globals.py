# expect: POLICY_VIOLATION
# about: a library function's globals reach its module's imports

import json
print(json.dumps.__globals__)
