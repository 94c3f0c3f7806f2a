# expect: POLICY_VIOLATION
# about: __reduce_ex__ hands out constructors

print((1).__reduce_ex__(2))
