# expect: POLICY_VIOLATION
# about: format traversal to the class graph

print('{0.__class__.__mro__}'.format(1))
