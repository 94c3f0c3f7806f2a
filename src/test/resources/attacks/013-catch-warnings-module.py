# expect: POLICY_VIOLATION
# about: seed: catch_warnings()._module.__builtins__

w = [c for c in object.__subclasses__() if c.__name__ == 'catch_warnings'][0]
print(w()._module.__builtins__['open'])
