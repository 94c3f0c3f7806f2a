# about: issue 16: `import copy` and `collections.abc` for a custom mapping
# expect: ACCEPTED
# mode: grade
# test: [{"a": [1], "b": [2]}] => [{"a": [1], "b": [2]}, 2, true]
import copy
from collections.abc import Mapping


class Frozen(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


def solve(d):
    deep = copy.deepcopy(d)
    deep['a'].append(99)
    f = Frozen(d)
    return [d, len(f), isinstance(f, Mapping)]
