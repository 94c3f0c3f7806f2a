# about: returns a collections.Counter itself (read as a dict)
# expect: ACCEPTED
# mode: grade
# test: ["a b a c b a"] => {"a": 3, "b": 2, "c": 1}

from collections import Counter
def solve(text):
    return Counter(text.split())
