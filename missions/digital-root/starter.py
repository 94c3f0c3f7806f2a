def digital_root(n: int) -> int:
    """Return the single digit left after repeatedly summing the decimal digits of n."""
    pass
