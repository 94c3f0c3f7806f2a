# expect: POLICY_VIOLATION
# about: attribute names assembled from character codes

name = ''.join(chr(c) for c in [95, 95, 98, 97, 115, 101, 115, 95, 95])
print(getattr(int, name))
