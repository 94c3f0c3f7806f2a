# expect: POLICY_VIOLATION
# about: __globals__ through getattr with a computed name

import random
g = getattr(random.choice, '__glo' + 'bals__')
print(g['_os'])
