# expect: POLICY_VIOLATION
# about: walk from a generator frame to the caller's globals

def g():
    yield 1
x = g()
print(x.gi_frame.f_back.f_globals)
