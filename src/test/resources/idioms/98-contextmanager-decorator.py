# about: contextlib.contextmanager and suppress
# expect: ACCEPTED
# mode: grade
# test: [] => "<b>bold</b>"

from contextlib import contextmanager, suppress
@contextmanager
def tag(out, name):
    out.append(f'<{name}>')
    yield
    out.append(f'</{name}>')
def solve():
    out = []
    with tag(out, 'b'):
        out.append('bold')
    with suppress(ZeroDivisionError):
        1 / 0
    return ''.join(out)
