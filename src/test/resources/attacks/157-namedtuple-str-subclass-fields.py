# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #4 (contained by namedtuple's own exact-type check; kept for the family): namedtuple field names that are str subclasses lie to its identifier check and become the text it evaluates

import collections

out = []


class S(str):
    def isidentifier(self):
        return True

    def __str__(self):
        return self


evil = S('a=out.append(__import__("posix").getcwd())')
P = collections.namedtuple('P', [evil])
P()
if out:
    print('WALL-BREACHED', out)
