# about: unicodedata
# expect: ACCEPTED
# mode: grade
# test: ["a1"] => ["LATIN SMALL LETTER A", "DIGIT ONE", true]
import unicodedata


def solve(s):
    return [unicodedata.name(c) for c in s] + [unicodedata.normalize("NFC", "e\u0301") == "\u00e9"]
