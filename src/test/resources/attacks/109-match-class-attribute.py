# expect: POLICY_VIOLATION
# about: a class pattern reads attributes by keyword name without an attribute node

def f():
    pass


match f:
    case object(__globals__=g):
        print(g)
