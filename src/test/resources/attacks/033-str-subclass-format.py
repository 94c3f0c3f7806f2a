# expect: POLICY_VIOLATION
# about: format through a str subclass

class S(str):
    pass
t = S('{0.' + '__class__' + '}')
print(t.format(1))
