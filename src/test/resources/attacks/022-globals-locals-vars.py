# expect: POLICY_VIOLATION
# about: globals() to find the wall's helpers

print(globals())
