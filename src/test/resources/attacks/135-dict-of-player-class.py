# expect: POLICY_VIOLATION
# about: __dict__ of a class (mappingproxy with functions and descriptors) stays closed, even the player's own

class A:
    def f(self):
        pass


print(A.__dict__['f'])
