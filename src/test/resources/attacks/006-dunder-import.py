# expect: POLICY_VIOLATION
# about: seed: __import__ a host module

os = __import__('os')
os.system('id')
