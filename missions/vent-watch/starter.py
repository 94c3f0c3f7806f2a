def vent_peaks(readings: list[int], k: int) -> list[int]:
    """Return the maximum of each window of k consecutive readings, in order."""
    pass
