from itertools import groupby


def knot(message: str) -> str:
    parts = []
    for ch, run in groupby(message):
        k = sum(1 for _ in run)
        parts.append(ch if k == 1 else ch + str(k))
    return "".join(parts)
