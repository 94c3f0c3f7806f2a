# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: a class made with type() that claims a library module, then get_type_hints with a forward reference

import typing
key = '__mod' + 'ule__'
ann = '__annot' + 'ations__'
A = type('A', (), {key: 'typing', ann: {'x': "__import__('posix').listdir('.')"}})
print(typing.get_type_hints(A))
