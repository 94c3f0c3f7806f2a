# about: alternative constructors with classmethod and staticmethod
# expect: ACCEPTED
# mode: grade
# test: ["3.75", "10.40"] => "14.15"

class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def parse(cls, text):
        euros, cents = text.split('.')
        return cls(int(euros) * 100 + int(cents))
    @staticmethod
    def fmt(cents):
        return f'{cents // 100}.{cents % 100:02d}'
    def __add__(self, other):
        return Money(self.cents + other.cents)
def solve(a, b):
    return Money.fmt((Money.parse(a) + Money.parse(b)).cents)
