# expect: POLICY_VIOLATION
# about: pretend a class lives in a library module to get its globals in get_type_hints

import typing


class A:
    __module__ = 'typing'
    x: "__import__('posix')"


print(typing.get_type_hints(A))
