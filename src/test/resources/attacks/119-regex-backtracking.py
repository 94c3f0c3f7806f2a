# expect: ACCEPTED|TIME_LIMIT_EXCEEDED
# about: catastrophic-backtracking regex (TRegex matches it with an automaton; otherwise the CPU limit ends it)

import re
print(re.match(r'(a+)+$', 'a' * 40 + 'b'))
