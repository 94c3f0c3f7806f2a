def fair_split(weights: list[int]) -> list[int] | None:
    total = sum(weights)
    if total % 2:
        return None
    half = total // 2
    # reach[i] is a bitmask of the sums reachable with the first i crates.
    reach = [1]
    for w in weights:
        reach.append(reach[-1] | (reach[-1] << w))
    if not (reach[-1] >> half) & 1:
        return None
    chosen = []
    s = half
    for i in range(len(weights) - 1, -1, -1):
        # If s was not reachable without crate i, crate i must be in the subset.
        if not (reach[i] >> s) & 1:
            chosen.append(i)
            s -= weights[i]
    return sorted(chosen)
