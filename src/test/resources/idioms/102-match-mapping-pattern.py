# about: match with mapping, sequence and guard patterns
# expect: ACCEPTED
# mode: grade
# test: [{"type": "click", "pos": [3, 4]}] => "click at 3,4"
# test: [{"type": "key", "key": "q"}] => "key q"
# test: [[1, 2, 3]] => "batch of 3 starting with 1"
# test: [{"type": "x"}] => "unknown"

def solve(event):
    match event:
        case {'type': 'click', 'pos': [x, y]} if x >= 0 and y >= 0:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)}:
            return f'key {k}'
        case [first, *rest]:
            return f'batch of {1 + len(rest)} starting with {first}'
        case _:
            return 'unknown'
