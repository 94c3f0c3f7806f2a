# expect: POLICY_VIOLATION
# about: seed: walk object.__subclasses__() to a file class

for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == 'FileIO':
        print(c('/etc/passwd').read())
