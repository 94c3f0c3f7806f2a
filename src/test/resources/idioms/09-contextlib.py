# about: issue 16: `import contextlib` (@contextmanager, suppress, ExitStack)
# expect: ACCEPTED
# mode: grade
# test: [["1", "x", "3"]] => [4, ["enter", "exit"]]
import contextlib

log = []


@contextlib.contextmanager
def tracked():
    log.append('enter')
    try:
        yield log
    finally:
        log.append('exit')


def solve(items):
    del log[:]
    total = 0
    with tracked():
        for s in items:
            with contextlib.suppress(ValueError):
                total += int(s)
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: None)
    return [total, list(log)]
