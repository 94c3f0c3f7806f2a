# expect: RUNTIME_ERROR|POLICY_VIOLATION
# about: namedtuple field name that is source text

import collections
P = collections.namedtuple('P', ["x=__import__('os')"])
