# about: matrix transpose and rotation with zip(*m)
# expect: ACCEPTED
# mode: grade
# test: [[[1, 2, 3], [4, 5, 6]]] => [[[1, 4], [2, 5], [3, 6]], [[4, 1], [5, 2], [6, 3]]]

def solve(m):
    transposed = [list(row) for row in zip(*m)]
    rotated = [list(row) for row in zip(*m[::-1])]
    return [transposed, rotated]
