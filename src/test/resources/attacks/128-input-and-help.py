# expect: POLICY_VIOLATION
# about: input() reading from the host's stdin

print(input())
