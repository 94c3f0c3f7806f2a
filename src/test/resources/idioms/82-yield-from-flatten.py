# about: a recursive generator with yield from
# expect: ACCEPTED
# mode: grade
# test: [[1, [2, [3, [4]], 5], [[6]]]] => [1, 2, 3, 4, 5, 6]

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
def solve(nested):
    return list(flatten(nested))
