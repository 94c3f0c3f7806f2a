# expect: POLICY_VIOLATION
# about: monkeypatch a module view

import math
math.sqrt = lambda x: 42
