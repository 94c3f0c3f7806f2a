# expect: TIME_LIMIT_EXCEEDED
# about: a C-level iterator loop that runs for ages

import itertools
for p in itertools.permutations(range(20)):
    pass
