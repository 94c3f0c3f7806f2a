# about: functools.reduce, partial, cached_property, singledispatch with annotations, cmp_to_key
# expect: ACCEPTED
# mode: grade
# test: [[3, 1, 2]] => [6, 8, "int:3", "list:3", [3, 2, 1], 6]
import functools


@functools.singledispatch
def show(x):
    return 'other'


@show.register
def _(x: int):
    return f'int:{x}'


@show.register
def _(x: list):
    return f'list:{len(x)}'


class Data:
    def __init__(self, xs):
        self.xs = xs

    @functools.cached_property
    def total(self):
        return sum(self.xs)


def solve(xs):
    add = functools.partial(lambda a, b: a + b, 5)
    desc = sorted(xs, key=functools.cmp_to_key(lambda a, b: b - a))
    return [functools.reduce(lambda a, b: a * b, xs), add(3), show(3), show(xs), desc, Data(xs).total]
