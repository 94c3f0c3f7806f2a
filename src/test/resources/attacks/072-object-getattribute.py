# expect: POLICY_VIOLATION
# about: object.__getattribute__ bypasses getattr

def f():
    pass
ga = getattr(object, '__getattri' + 'bute__')
print(ga(f, '__glo' + 'bals__'))
