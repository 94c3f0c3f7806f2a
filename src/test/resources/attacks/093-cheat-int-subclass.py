# expect: WRONG_ANSWER
# about: a subclass of int that equals anything: read through int itself (0), so it cannot fake equality
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

class Liar(int):
    def __eq__(self, other):
        return True
def solve(a, b):
    return Liar(0)
