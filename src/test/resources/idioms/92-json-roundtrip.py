# about: json.dumps with sort_keys and json.loads
# expect: ACCEPTED
# mode: grade
# test: [{"b": [1, 2], "a": {"c": null}}] => ["{\"a\":{\"c\":null},\"b\":[1,2]}", true]

import json
def solve(data):
    text = json.dumps(data, sort_keys=True, separators=(',', ':'))
    return [text, json.loads(text) == data]
