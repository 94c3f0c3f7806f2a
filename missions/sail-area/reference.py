import math


def sail_area(a: float, b: float, c: float) -> float:
    a, b, c = sorted((float(a), float(b), float(c)), reverse=True)
    if a >= b + c:
        return 0.0
    # Kahan's numerically stable arrangement of Heron's formula.
    product = (a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c))
    return math.sqrt(max(product, 0.0)) / 4.0
