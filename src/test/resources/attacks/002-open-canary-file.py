# expect: POLICY_VIOLATION
# about: read the canary file the test JVM can read

print(open('target/sandcastle-canary/secret.txt').read())
