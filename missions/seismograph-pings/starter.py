def total_pings(n: int) -> int:
    """Return n // 1 + n // 2 + ... + n // n."""
    pass
