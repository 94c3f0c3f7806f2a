# expect: POLICY_VIOLATION
# about: exit() from the sandbox

exit(3)
