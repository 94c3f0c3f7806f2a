# expect: RUNTIME_ERROR
# about: error messages do not leak host paths

import json
json.loads('{')
