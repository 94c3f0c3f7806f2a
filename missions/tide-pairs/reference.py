from collections import Counter


def tide_pairs(crews: list[int], target: int) -> list[list[int]]:
    counts = Counter(crews)
    pairs = []
    for a, n in counts.items():
        b = target - a
        if a < b and b in counts:
            pairs.append([a, b])
        elif a == b and n >= 2:
            pairs.append([a, a])
    return pairs
