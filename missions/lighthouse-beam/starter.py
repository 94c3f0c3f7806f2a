def beam_distance(boat: list[float], start: list[float], end: list[float]) -> float:
    """Return the distance from point boat to the closed segment start-end."""
    pass
