# about: names that shadow builtins (list, id, type, input, vars, open as parameter names and locals)
# expect: ACCEPTED
# mode: grade
# test: [[1, 2], "x"] => [[1, 2, "x"], 3, "x"]


def solve(list, input):
    id = len(list) + 1
    open = [*list, input]
    vars = {'v': input}
    return [open, id, vars['v']]
