def clans(n: int, bridges: list[list[int]]) -> list[list[int]]:
    """Return the connected groups of islands 0..n-1, each sorted; groups in any order."""
    pass
