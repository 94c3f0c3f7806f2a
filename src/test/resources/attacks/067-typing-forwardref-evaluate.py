# expect: POLICY_VIOLATION
# about: ForwardRef._evaluate with empty globals

import typing
r = typing.ForwardRef("__import__('os')")
print(r._evaluate({}, None, recursive_guard=frozenset()))
