# expect: POLICY_VIOLATION
# about: str.format field traversal into __globals__

def f():
    pass
print('{0.__globals__}'.format(f))
