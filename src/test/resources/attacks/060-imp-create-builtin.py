# expect: POLICY_VIOLATION
# about: probe finding: _imp.create_builtin

import _imp
