# expect: POLICY_VIOLATION
# about: the builtins module through a builtin function's __self__, name built at run time

b = getattr(len, '__se' + 'lf__')
print(b.open)
