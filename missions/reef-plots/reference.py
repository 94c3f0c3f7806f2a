import math


def plot_area(corners: list[list[float]]) -> float:
    n = len(corners)
    terms = []
    for i in range(n):
        x1, y1 = corners[i]
        x2, y2 = corners[(i + 1) % n]
        terms.append(x1 * y2 - x2 * y1)
    return abs(math.fsum(terms)) / 2.0
