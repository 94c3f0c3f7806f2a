# expect: POLICY_VIOLATION
# about: format template built at run time

t = '{0.' + '_' * 2 + 'class' + '_' * 2 + '}'
print(t.format(1))
