# expect: POLICY_VIOLATION
# about: replace the wall's attribute guard through globals()

globals()['__sc_getattr__'] = getattr
