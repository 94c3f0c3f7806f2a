# expect: POLICY_VIOLATION
# about: replace an object's __dict__ wholesale

class A:
    pass


a = A()
a.__dict__ = {'x': 1}
