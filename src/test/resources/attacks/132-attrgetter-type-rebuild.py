# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: rebuild an unchecked attrgetter from the type of a checked one

import operator
g = operator.attrgetter('real')
Real = type(g)
bad = Real('__glo' + 'bals__')
print(bad(lambda: 0))
