# about: custom exception hierarchies, raise from, finally, else, exception groups (GraalPy 25 has no except*)
# expect: ACCEPTED
# mode: grade
# test: [["1", "x", "0"]] => [["ok 1.0", "bad value x", "div zero"], 2]


class AppError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code


class BadValue(AppError):
    pass


def parse(s):
    try:
        v = int(s)
    except ValueError as e:
        raise BadValue(f'bad value {s}', code=2) from e
    else:
        return 1 / v
    finally:
        pass


def solve(items):
    out = []
    code = 0
    for s in items:
        try:
            out.append(f'ok {parse(s)}')
        except BadValue as e:
            out.append(str(e))
            code = e.code
        except ZeroDivisionError:
            out.append('div zero')
    try:
        raise ExceptionGroup('many', [ValueError('a'), TypeError('b')])
    except ExceptionGroup as eg:
        code += len(eg.exceptions) - 2
    return [out, code]
