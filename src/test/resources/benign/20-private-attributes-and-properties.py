# about: private and name-mangled attributes, properties, super() (also for private names), classmethods
# expect: ACCEPTED
# mode: grade
# test: ["ann", 10] => ["ann", 15.0, true, 0.5, false]
class Account:
    _count = 0

    def __init__(self, owner):
        self.__owner = owner
        self._balance = 0
        Account._count += 1

    @property
    def owner(self):
        return self.__owner

    def deposit(self, amount):
        self._balance += amount
        return self

    @classmethod
    def count(cls):
        return cls._count


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self._rate = rate

    def grow(self):
        self._balance = round(self._balance * (1 + self._rate), 2)
        return self._balance


def solve(owner, amount):
    s = Audited(owner, 0.5)
    s.deposit(amount)
    return [s.owner, s.grow(), Account.count() >= 1, getattr(s, "_rate"), hasattr(s, "missing")]


class Audited(Savings):
    def grow(self):
        return super().grow() + super()._count * 0
