# about: a registry decorator that stores functions in a module dict by their __name__, and dispatch through it
# expect: ACCEPTED
# mode: grade
# test: [["add", 2, 3], ["mul", 4, 5]] => [5, 20]
OPS = {}


def op(fn):
    OPS[fn.__name__] = fn
    return fn


@op
def add(a, b):
    return a + b


@op
def mul(a, b):
    return a * b


def solve(*calls):
    return [OPS[name](a, b) for name, a, b in calls]
