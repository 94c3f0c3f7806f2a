# expect: POLICY_VIOLATION
# about: GraalPy: the polyglot module

import polyglot
print(polyglot.eval(language='js', string='1'))
