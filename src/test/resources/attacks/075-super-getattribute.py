# expect: POLICY_VIOLATION
# about: super() attribute route to a hidden name

class A:
    def go(self):
        return getattr(super(), '__reduce' + '_ex__')(2)
print(A().go())
