def plot_area(corners: list[list[float]]) -> float:
    """Return the area of the simple polygon with the given corners (in border order)."""
    pass
