def merge_log(periods: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching [start, end] periods; return them sorted by start."""
    pass
