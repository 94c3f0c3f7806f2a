# about: json round trips and copy.deepcopy
# expect: ACCEPTED
# mode: grade
# test: [{"b": [1, 2], "a": "x"}] => ["{\"a\": \"x\", \"b\": [1, 2]}", true, false, [1.5, null, true]]
import json
import copy


def solve(data):
    text = json.dumps(data, sort_keys=True)
    back = json.loads(text)
    clone = copy.deepcopy(back)
    clone["extra"] = [1]
    return [text, back == data, "extra" in back, json.loads("[1.5, null, true]")]
