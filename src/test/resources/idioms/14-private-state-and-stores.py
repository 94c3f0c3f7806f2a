# about: private attributes, name mangling, augmented stores, properties with setters and __slots__
# expect: ACCEPTED
# mode: grade
# test: [[5, -3, 10]] => [12, 3, 12]


class Account:
    __slots__ = ('_balance', '__ops', 'peak')

    def __init__(self):
        self._balance = 0
        self.__ops = 0
        self.peak = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value
        self.__ops += 1
        self.peak = max(self.peak, value)

    @property
    def ops(self):
        return self.__ops


def solve(moves):
    acc = Account()
    for m in moves:
        acc.balance += m
    return [acc.balance, acc.ops, acc.peak]
