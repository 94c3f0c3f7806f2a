# about: re.findall with groups and re.compile flags
# expect: ACCEPTED
# mode: grade
# test: ["A=1, b=22; C=333"] => {"a": 1, "b": 22, "c": 333}

import re
PAIR = re.compile(r'(\w+)=(\d+)', re.IGNORECASE)
def solve(text):
    return {k.lower(): int(v) for k, v in PAIR.findall(text)}
