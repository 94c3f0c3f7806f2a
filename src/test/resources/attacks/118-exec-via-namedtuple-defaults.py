# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: smuggle code through namedtuple's module argument and typename

import collections
P = collections.namedtuple("P'); __import__('posix').getcwd(); ('", ['x'])
print(P)
