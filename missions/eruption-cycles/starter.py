MOD = 1_000_000_007


def eruption(first: list[int], weights: list[int], n: int) -> int:
    """Return a[n] mod 1_000_000_007 for a[i] = sum(weights[j] * a[i-1-j]), a[0..k-1] = first."""
    pass
