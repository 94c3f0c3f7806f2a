# expect: POLICY_VIOLATION
# about: str.format called unbound

f = str.format
print(f('{0.__class__}', 1))
