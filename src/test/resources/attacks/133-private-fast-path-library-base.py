# expect: POLICY_VIOLATION
# about: a player class with a library base must not get the fast path for private names

import random


class R(random.Random):
    pass


r = R(1)
print(r._randbelow(10))
