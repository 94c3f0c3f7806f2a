def bridge_budget(n: int, offers: list[list[int]]) -> int | None:
    """Return the minimum total cost connecting islands 0..n-1 using offers [a, b, cost], or None."""
    pass
