# about: Counter, defaultdict, OrderedDict, ChainMap, namedtuple, deque rotations (returned as plain data)
# expect: ACCEPTED
# mode: grade
# test: ["abracadabra"] => [[["a", 5], ["b", 2]], {"a": [0, 3, 5, 7, 10]}, ["r", "c"], 3, [3, 1, 2]]
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

P = namedtuple('P', 'x y')


def solve(s):
    c = Counter(s)
    pos = defaultdict(list)
    for i, ch in enumerate(s):
        pos[ch].append(i)
    od = OrderedDict.fromkeys('rc')
    od.move_to_end('r', last=False)
    cm = ChainMap({'k': 3}, {'k': 4})
    d = deque([1, 2, 3])
    d.rotate(1)
    return [[list(t) for t in c.most_common(2)], {'a': pos['a']}, list(od), cm['k'] + P(0, 0).x, list(d)]
