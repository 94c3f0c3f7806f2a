# expect: POLICY_VIOLATION
# about: a violation during generator finalisation

def g():
    try:
        yield 1
    finally:
        getattr(g, '__glo' + 'bals__')
x = g()
next(x)
x.close()
