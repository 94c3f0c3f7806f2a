# about: issue 16: `vars(obj)` on the solution's own objects, in __repr__ and to build dicts
# expect: ACCEPTED
# mode: grade
# test: [1, 2] => [{"a": 1, "b": 2}, "Pair(a=1, b=2)"]


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'


def solve(a, b):
    p = Pair(a, b)
    return [dict(vars(p)), repr(p)]
