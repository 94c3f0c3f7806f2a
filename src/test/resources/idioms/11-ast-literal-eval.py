# about: issue 16: `ast.literal_eval` to parse a literal given as text
# expect: ACCEPTED
# mode: grade
# test: ["[1, 2, (3, 4), {'k': 5}]"] => 15
import ast


def solve(text):
    data = ast.literal_eval(text)
    total = 0
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, int):
            total += x
        elif isinstance(x, dict):
            stack.extend(x.values())
        else:
            stack.extend(x)
    return total
