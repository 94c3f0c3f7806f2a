# about: groups words by first letter in a defaultdict and returns it
# expect: ACCEPTED
# mode: grade
# test: [["apple", "avocado", "banana", "cherry", "blueberry"]] => {"a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"]}

from collections import defaultdict
def solve(words):
    groups = defaultdict(list)
    for w in words:
        groups[w[0]].append(w)
    return groups
