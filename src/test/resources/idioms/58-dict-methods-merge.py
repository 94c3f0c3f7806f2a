# about: dict merging with | and |=, setdefault, get with defaults, dict comprehension inversion
# expect: ACCEPTED
# mode: grade
# test: [{"a": 1, "b": 2}, {"b": 3, "c": 4}] => [{"a": 1, "b": 3, "c": 4}, {"1": "a", "2": "b"}, 0, [1, 2]]


def solve(d1, d2):
    merged = d1 | d2
    inv = {str(v): k for k, v in d1.items()}
    acc = {}
    for k, v in d1.items():
        acc.setdefault('vals', []).append(v)
    acc |= {'x': 1}
    return [merged, inv, d1.get('zzz', 0), acc['vals']]
