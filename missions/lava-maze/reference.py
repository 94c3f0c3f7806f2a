MOD = 1_000_000_007


def count_paths(field: list[str]) -> int:
    cols = len(field[0])
    above = [0] * cols
    for r, row in enumerate(field):
        here = [0] * cols
        for c in range(cols):
            if row[c] == "#":
                continue
            if r == 0 and c == 0:
                here[c] = 1
            elif c == 0:
                here[c] = above[c]
            else:
                here[c] = (above[c] + here[c - 1] + above[c - 1]) % MOD
        above = here
    return above[-1]
