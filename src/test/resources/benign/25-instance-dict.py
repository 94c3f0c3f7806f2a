# about: self.__dict__ on the player's own objects (update from kwargs, listing fields)
# expect: ACCEPTED
# mode: grade
# test: [{"a": 1, "b": 2}] => [["a", "b"], 3, {"a": 1, "b": 2}]
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def total(self):
        return sum(self.__dict__.values())


def solve(fields):
    r = Record(**fields)
    return [sorted(r.__dict__), r.total(), dict(r.__dict__)]
