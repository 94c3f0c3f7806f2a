# about: an LRU cache built on OrderedDict.move_to_end
# expect: ACCEPTED
# mode: grade
# test: [[["put", "a", 1], ["put", "b", 2], ["get", "a"], ["put", "c", 3], ["get", "b"], ["get", "c"]]] => [1, null, 3]

from collections import OrderedDict
class LRU:
    def __init__(self, size):
        self.size, self.data = size, OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
def solve(ops):
    cache, out = LRU(2), []
    for op in ops:
        if op[0] == 'put':
            cache.put(op[1], op[2])
        else:
            out.append(cache.get(op[1]))
    return out
