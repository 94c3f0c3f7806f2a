# about: inheritance chains with super().__init__, method overriding, isinstance checks and __slots__
# expect: ACCEPTED
# mode: grade
# test: [] => [["Dog", "Rex", "Woof"], ["Cat", "Tom", "Meow"], true]


class Animal:
    __slots__ = ('name',)
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return [type(self).__name__, self.name, self.sound]


class Dog(Animal):
    __slots__ = ()
    sound = 'Woof'


class Cat(Animal):
    __slots__ = ('lives',)
    sound = 'Meow'

    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives


def solve():
    return [Dog('Rex').speak(), Cat('Tom').speak(), isinstance(Cat('x'), Animal)]
