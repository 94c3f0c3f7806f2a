# about: multi-key sorting with tuples, reverse, stable sorts and sorted(dict.items())
# expect: ACCEPTED
# mode: grade
# test: [[["bob", 3], ["al", 5], ["cy", 3], ["di", 5]]] => [["al", "di", "bob", "cy"], [["al", 5], ["bob", 3]]]


def solve(people):
    by_score = sorted(people, key=lambda p: (-p[1], p[0]))
    d = dict(people)
    return [[p[0] for p in by_score], [list(kv) for kv in sorted(d.items())[:2]]]
