def tide_pairs(crews: list[int], target: int) -> list[list[int]]:
    """Return each distinct pair [a, b] (a <= b) of values at two different positions with a + b == target."""
    pass
