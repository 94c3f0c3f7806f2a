# expect: POLICY_VIOLATION
# about: interactive builtins

breakpoint()
