# about: a container class implementing __getitem__/__setitem__/__contains__/__len__/__iter__ and __eq__/__hash__
# expect: ACCEPTED
# mode: grade
# test: [["a", "b", "a"]] => [2, true, false, 1, ["a", "b"]]


class Bag:
    def __init__(self):
        self._counts = {}

    def add(self, x):
        self[x] = self[x] + 1

    def __getitem__(self, x):
        return self._counts.get(x, 0)

    def __setitem__(self, x, n):
        self._counts[x] = n

    def __contains__(self, x):
        return self[x] > 0

    def __len__(self):
        return len(self._counts)

    def __iter__(self):
        return iter(sorted(self._counts))

    def __eq__(self, other):
        return isinstance(other, Bag) and self._counts == other._counts

    def __hash__(self):
        return hash(frozenset(self._counts.items()))


def solve(items):
    b = Bag()
    for x in items:
        b.add(x)
    return [b['a'], 'b' in b, 'z' in b, len({b, b}), list(b)]
