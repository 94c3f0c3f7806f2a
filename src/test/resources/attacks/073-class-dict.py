# expect: POLICY_VIOLATION
# about: a type's __dict__ (mappingproxy)

print(int.__dict__)
