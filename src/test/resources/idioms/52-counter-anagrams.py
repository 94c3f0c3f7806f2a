# about: grouping anagrams with defaultdict and sorted keys; Counter arithmetic
# expect: ACCEPTED
# mode: grade
# test: [["eat", "tea", "tan", "ate", "nat", "bat"]] => [[["ate", "eat", "tea"], ["nat", "tan"], ["bat"]], {"a": 1}]
from collections import Counter, defaultdict


def solve(words):
    groups = defaultdict(list)
    for w in words:
        groups[''.join(sorted(w))].append(w)
    out = sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))
    diff = Counter('aab') - Counter('ab')
    return [out, dict(diff)]
