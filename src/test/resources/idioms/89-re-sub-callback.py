# about: re.sub with a function and named groups
# expect: ACCEPTED
# mode: grade
# test: ["3 apples and 12 pears"] => "6 apples and 24 pears"

import re
def solve(text):
    return re.sub(r'(?P<n>\d+)', lambda m: str(int(m['n']) * 2), text)
