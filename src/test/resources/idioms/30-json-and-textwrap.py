# about: json round trips with sort_keys and a default hook, textwrap and unicodedata
# expect: ACCEPTED
# mode: grade
# test: [{"b": 1, "a": [1, 2]}] => ["{\"a\": [1, 2], \"b\": 1}", ["aaa bbb", "ccc"], "LATIN SMALL LETTER A", "{\"s\": [1]}"]
import json
import textwrap
import unicodedata


def solve(d):
    def default(o):
        if isinstance(o, set):
            return sorted(o)
        raise TypeError
    return [json.dumps(d, sort_keys=True), textwrap.wrap('aaa bbb ccc', 7), unicodedata.name('a'),
            json.dumps({'s': {1}}, default=default)]
