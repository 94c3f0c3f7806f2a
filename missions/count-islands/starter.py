def count_islands(chart: list[str]) -> int:
    """Return the number of 4-connected groups of '#' squares in chart."""
    pass
