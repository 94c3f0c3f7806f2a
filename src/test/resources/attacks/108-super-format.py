# expect: POLICY_VIOLATION
# about: reach the real str.format through super() on a str subclass

class S(str):
    pass


s = S('{0.' + '__class__' + '}')
print(super(S, s).format(1))
