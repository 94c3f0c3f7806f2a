# expect: POLICY_VIOLATION
# about: delete the shadowing stub so the name falls back to the real builtin

del open
print(open('/etc/passwd').read())
