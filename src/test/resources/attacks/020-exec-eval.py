# expect: POLICY_VIOLATION
# about: seed: eval and exec strings

eval("__import__('os').system('id')")
