import math


def total_pings(n: int) -> int:
    # Pairs (a, b) with a * b <= n: count those with a <= r and those with b <= r,
    # then remove the r * r pairs counted twice (both a and b <= r).
    r = math.isqrt(n)
    return 2 * sum(n // a for a in range(1, r + 1)) - r * r
