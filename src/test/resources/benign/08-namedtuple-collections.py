# about: namedtuple, Counter, defaultdict, deque, OrderedDict, ChainMap
# expect: ACCEPTED
# mode: grade
# test: [["aa", "b", "aa", "ccc"]] => ["aa", [1, 2, 3], ["aa", "ccc"], ["aa", "b", "ccc"], 2, 5, 1]
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict, ChainMap

P = namedtuple("P", "x y")


def solve(words):
    counts = Counter(words)
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    d = deque(words, maxlen=2)
    od = OrderedDict.fromkeys(words)
    cm = ChainMap({"a": 1}, {"b": 2})
    p = P(1, 2)._replace(y=5)
    return [counts.most_common(1)[0][0], sorted(groups), list(d), list(od), cm["b"], p.y, p._asdict()["x"]]
