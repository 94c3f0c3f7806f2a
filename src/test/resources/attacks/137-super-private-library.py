# expect: POLICY_VIOLATION
# about: super() from a player subclass must not open the library base class's private names

import random


class R(random.Random):
    def go(self):
        return super()._randbelow(3)


print(R(1).go())
