# expect: POLICY_VIOLATION
# about: read a function's constants through co_consts

def f():
    return 'secret'
print(getattr(getattr(f, '__co' + 'de__'), 'co_consts'))
