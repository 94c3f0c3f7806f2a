def knot(message: str) -> str:
    """Run-length encode message: each run of k >= 2 equal characters becomes char + str(k)."""
    pass
