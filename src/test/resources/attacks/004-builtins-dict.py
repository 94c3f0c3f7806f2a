# expect: POLICY_VIOLATION
# about: seed: reach open through __builtins__

print(__builtins__['open'])
