# expect: POLICY_VIOLATION
# about: seed: write a file in the working directory

with open('pwned-by-attack.txt', 'w') as f:
    f.write('Kaboom!')
