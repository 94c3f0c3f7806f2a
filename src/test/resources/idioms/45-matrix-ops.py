# about: matrix transpose with zip(*m), rotation, spiral order and list slicing
# expect: ACCEPTED
# mode: grade
# test: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]] => [[[1, 4, 7], [2, 5, 8], [3, 6, 9]], [[7, 4, 1], [8, 5, 2], [9, 6, 3]], [1, 2, 3, 6, 9, 8, 7, 4, 5]]


def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


def solve(m):
    t = [list(r) for r in zip(*m)]
    rot = [list(r) for r in zip(*m[::-1])]
    return [t, rot, spiral(m)]
