# expect: POLICY_VIOLATION
# about: type.mro() to reach object

print(int.mro())
