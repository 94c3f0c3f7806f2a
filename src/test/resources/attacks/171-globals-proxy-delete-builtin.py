# expect: POLICY_VIOLATION
# about: issue 16's globals(): deleting the shadow of a builtin would make the name fall back to the real builtin
g = globals()
g.pop('open')
print('WALL-BREACHED', open)
