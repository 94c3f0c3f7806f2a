def second_tallest(heights: list[int]) -> int | None:
    """Return the second largest distinct value of heights, or None if there is none."""
    pass
