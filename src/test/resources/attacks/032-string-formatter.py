# expect: POLICY_VIOLATION
# about: string.Formatter field traversal

import string
t = '{0.' + '__class__' + '}'
print(string.Formatter().format(t, 1))
