def net_radius(fish: list[list[float]]) -> float:
    """Return the radius of the smallest circle containing every point of fish."""
    pass
