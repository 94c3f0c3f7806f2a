def fair_split(weights: list[int]) -> list[int] | None:
    """Return indices of crates for the first barge so both barges weigh the same, or None."""
    pass
