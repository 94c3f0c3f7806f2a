# expect: POLICY_VIOLATION
# about: traceback via computed names

try:
    1 / 0
except ZeroDivisionError as e:
    tb = getattr(e, '__trace' + 'back__')
    print(tb)
