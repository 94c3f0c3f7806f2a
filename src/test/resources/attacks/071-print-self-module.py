# expect: POLICY_VIOLATION
# about: a builtin's __self__ is the builtins module

print(print.__self__)
