# about: a context manager class with __enter__/__exit__ swallowing one error type, and an iterator class
# expect: ACCEPTED
# mode: grade
# test: [4] => [[0, 1, 2, 3], true, "KeyError"]


class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc_type.__name__
            return True
        return False


class Countdown:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1


def solve(n):
    with Ignore(KeyError) as ig:
        {}['missing']
    return [list(Countdown(n)), ig.caught is not None, ig.caught]
