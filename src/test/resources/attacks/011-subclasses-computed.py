# expect: POLICY_VIOLATION
# about: subclasses walk with names built at run time

cls = getattr((), '__cla' + 'ss__')
base = getattr(cls, '__ba' + 'se__')
print(getattr(base, '__subcl' + 'asses__')())
