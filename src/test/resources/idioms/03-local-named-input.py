# about: issue 16: a local variable named `input` shadows the builtin and is just a name
# expect: ACCEPTED
# mode: grade
# test: ["a b c"] => ["c", "b", "a"]


def solve(input):
    words = input.split()
    return words[::-1]
