# expect: POLICY_VIOLATION
# about: traversal hidden in a nested format spec

t = '{0:{1.' + '__class__' + '}}'
print(t.format(1, 2))
