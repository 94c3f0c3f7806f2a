# expect: POLICY_VIOLATION
# about: walk exception chaining attributes toward tracebacks

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('x')
except ValueError as e:
    print(getattr(e, '__con' + 'text__'))
