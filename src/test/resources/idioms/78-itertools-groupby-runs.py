# about: run-length encoding with itertools.groupby
# expect: ACCEPTED
# mode: grade
# test: ["aaabccdddd"] => "3a1b2c4d"

from itertools import groupby
def solve(s):
    return ''.join(f'{len(list(g))}{k}' for k, g in groupby(s))
