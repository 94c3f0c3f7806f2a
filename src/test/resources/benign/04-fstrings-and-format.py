# about: f-strings, str.format with indexes and attributes, format specs
# expect: ACCEPTED
# mode: grade
# test: ["ab", 3.14159] => ["    ab|0003.142|3.14159", "ab-3.14159-3", "ab:3.1", "3.14e+00"]
class Box:
    def __init__(self, w):
        self.width = w


def solve(name, value):
    a = f"{name:>6}|{value:08.3f}|{value!r}"
    b = "{0}-{1[0]}-{2.width}".format(name, [value], Box(3))
    c = "{n}:{v:.1f}".format_map({"n": name, "v": value})
    return [a, b, c, format(value, ".2e")]
