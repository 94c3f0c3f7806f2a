# expect: POLICY_VIOLATION
# about: format traversal to a generator frame

g = (i for i in range(3))
t = '{0.gi' + '_frame.f_back}'
print(t.format(g))
