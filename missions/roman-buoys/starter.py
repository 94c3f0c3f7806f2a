def to_roman(n: int) -> str:
    """Return the standard Roman numeral for 1 <= n <= 3999."""
    pass
