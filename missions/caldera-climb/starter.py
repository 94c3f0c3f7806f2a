def longest_climb(altitudes: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of altitudes."""
    pass
