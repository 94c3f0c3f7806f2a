# about: properties that validate on assignment and raise ValueError, caught by the caller
# expect: ACCEPTED
# mode: grade
# test: [[30, -5, 200]] => [-5, ["200 rejected"]]


class Temperature:
    def __init__(self, celsius=0):
        self._c = 0
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not -273 <= value <= 100:
            raise ValueError(f'{value} rejected')
        self._c = value

    @celsius.deleter
    def celsius(self):
        self._c = 0


def solve(values):
    t = Temperature()
    errors = []
    for v in values:
        try:
            t.celsius = v
        except ValueError as e:
            errors.append(str(e))
    if values[0] == -1000:
        del t.celsius
    return [t.celsius, errors]
