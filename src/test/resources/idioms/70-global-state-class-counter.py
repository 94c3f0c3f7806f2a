# about: class attributes as shared counters, classmethod factories and a module-level cache dict
# expect: ACCEPTED
# mode: grade
# test: [["a", "b", "a"]] => [2, ["a", "b"], 3]
CACHE = {}


class Token:
    created = 0

    def __init__(self, text):
        self.text = text
        Token.created += 1

    @classmethod
    def get(cls, text):
        if text not in CACHE:
            CACHE[text] = cls(text)
        return CACHE[text]


def solve(words):
    Token.created = 0
    CACHE.clear()
    tokens = [Token.get(w) for w in words]
    calls = len(tokens)
    return [Token.created, sorted(CACHE), calls]
