def gauge_report(levels: list[float]) -> dict:
    """Return {"mean", "median", "spread", "range"} of levels as floats, or {} if levels is empty."""
    pass
