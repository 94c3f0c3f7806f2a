# expect: POLICY_VIOLATION
# about: gi_frame through a computed getattr

def g():
    yield 1
x = g()
f = getattr(x, 'gi' + '_frame')
print(f)
