# about: the everyday builtins: zip, enumerate, map, filter, sorted with key, divmod, any/all
# expect: ACCEPTED
# mode: grade
# test: [["apple", "", "avocado", "kiwi"]] => [["avocado", "apple", "kiwi", ""], ["apple", 0], [0, 2], ["APPLE", "AVOCADO", "KIWI"], 5, 1, true, true, "avocado", "cba", 3, 2.67, "0xff", 97, "b"]
def solve(words):
    lengths = {w: len(w) for w in words}
    pairs = list(zip(words, range(len(words))))
    idx = [i for i, w in enumerate(words) if w.startswith("a")]
    up = list(map(str.upper, filter(None, words)))
    q, r = divmod(sum(lengths.values()), 3)
    return [sorted(words, key=lambda w: (-len(w), w)), pairs[0], idx, up, q, r,
            any(w == "" for w in words), all(isinstance(w, str) for w in words), max(words, key=len),
            ''.join(reversed("abc")), abs(-3), round(2.675, 2), hex(255), ord("a"), chr(98)]
