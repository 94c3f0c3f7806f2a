# expect: POLICY_VIOLATION
# about: probe finding: importlib.util.module_from_spec

import importlib.util
spec = importlib.util.find_spec('signal')
