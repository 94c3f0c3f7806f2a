# expect: RUNTIME_ERROR
# about: a class with __len__ and __getitem__ pretending to be a list
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

class Fake:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return 3
def solve(a, b):
    return Fake()
