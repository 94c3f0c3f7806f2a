# expect: POLICY_VIOLATION
# about: catch the policy violation and carry on

try:
    getattr(1, '__cla' + 'ss__').__base__
except BaseException:
    pass
print('carried on')
