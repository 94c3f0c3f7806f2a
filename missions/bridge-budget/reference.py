def bridge_budget(n: int, offers: list[list[int]]) -> int | None:
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 1
    for a, b, cost in sorted(offers, key=lambda offer: offer[2]):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            joined += 1
            if joined == n:
                break
    return total if joined == n else None
