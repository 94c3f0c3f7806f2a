def net_catches(net: str, word: str) -> bool:
    """Return True if the whole word matches the whole pattern ('?' = one char, '*' = any run)."""
    pass
