# about: a generator pipeline with a debugging print per stage (a little output is fine)
# expect: ACCEPTED
# mode: grade
# test: [["3", "x", "5", "-1"]] => 34


def parse(tokens):
    for t in tokens:
        if t.lstrip('-').isdigit():
            yield int(t)
        else:
            print(f'skipping {t!r}')


def positive(xs):
    return (x for x in xs if x > 0)


def squares(xs):
    for x in xs:
        yield x * x


def solve(tokens):
    total = sum(squares(positive(parse(tokens))))
    print('total', total)
    return total
