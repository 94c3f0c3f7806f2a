# about: closures with nonlocal state and decorators
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3]] => [6, 3]
def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def twice(f):
    def wrapper(*args):
        return f(f(*args))
    return wrapper


@twice
def inc(x):
    return x + 1


def solve(steps):
    c = counter()
    for s in steps:
        c(s)
    return [c(0), inc(1)]
