# expect: POLICY_VIOLATION
# about: use a denied name as a base class or in isinstance to reach the real object

class X(FileExistsError):
    pass
