# expect: POLICY_VIOLATION
# about: seed: a function's __globals__ holds the builtins

def f():
    pass
print(f.__globals__['__builtins__'])
