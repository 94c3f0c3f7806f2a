# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: a dataclass field name that is source text

import dataclasses
key = '__annot' + 'ations__'
X = type('X', (), {key: {"a=__import__('posix').listdir('.'),b": int}})
print(dataclasses.dataclass(X)())
