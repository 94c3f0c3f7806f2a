def clans(n: int, bridges: list[list[int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in bridges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    groups = {}
    for island in range(n):
        groups.setdefault(root(island), []).append(island)
    return list(groups.values())
