# expect: POLICY_VIOLATION
# about: globals() to find the wall's helpers: it lists and serves the solution's own names only

g = globals()
for name in list(g.keys()):
    if name.startswith('__'):
        print('WALL-BREACHED', 'globals() shows', name)
print(g['__sc_getattr__'])
