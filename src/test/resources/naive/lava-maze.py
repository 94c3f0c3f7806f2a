# Naive solution of lava-maze: explores every route by plain recursion.
# Time proportional to the number of routes, exponential in rows + columns (about 10^90 on
# an open 120 x 120 field), so it must get TIME_LIMIT_EXCEEDED; the reference is O(rows * cols).
MOD = 1_000_000_007


def count_paths(field):
    rows, cols = len(field), len(field[0])

    def walk(r, c):
        if r >= rows or c >= cols or field[r][c] == "#":
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        return walk(r, c + 1) + walk(r + 1, c) + walk(r + 1, c + 1)

    return walk(0, 0) % MOD
