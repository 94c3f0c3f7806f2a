# expect: POLICY_VIOLATION
# about: get_type_hints evaluates an annotation string

import typing
def f(x: "__import__('os').system('id')"):
    pass
print(typing.get_type_hints(f))
