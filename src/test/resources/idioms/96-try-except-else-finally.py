# about: exception handling with else and finally and a custom exception
# expect: ACCEPTED
# mode: grade
# test: [["1", "x", "30"]] => [1, "bad number: 'x'", 30]

class ParseError(ValueError):
    pass
def parse(s):
    try:
        value = int(s)
    except ValueError as e:
        raise ParseError(f'bad number: {s!r}') from e
    else:
        return value
    finally:
        pass
def solve(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ParseError as e:
            out.append(str(e))
    return out
