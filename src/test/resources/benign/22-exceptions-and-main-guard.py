# about: own exception classes, try/except/finally, else, and the __main__ guard
# expect: ACCEPTED
# mode: grade
# test: [[1, -2]] => [1, "ok", "f", "negative: -2", "f"]
class Oops(ValueError):
    pass


def risky(x):
    if x < 0:
        raise Oops(f"negative: {x}")
    return x


def solve(xs):
    out = []
    for x in xs:
        try:
            out.append(risky(x))
        except Oops as e:
            out.append(str(e))
        else:
            out.append("ok")
        finally:
            out.append("f")
    return out


if __name__ == "__main__":
    print(solve([1]))
