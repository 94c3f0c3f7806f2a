# expect: POLICY_VIOLATION
# about: compile source to a code object

code = compile('print(1)', 'x', 'exec')
