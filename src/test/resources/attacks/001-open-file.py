# expect: POLICY_VIOLATION
# about: seed: read a file with the open builtin

print(open('/etc/passwd').read())
