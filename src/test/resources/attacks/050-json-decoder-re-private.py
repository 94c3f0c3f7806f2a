# expect: POLICY_VIOLATION
# about: json.decoder.re leads to re internals

import json
print(json.decoder.re._compiler)
