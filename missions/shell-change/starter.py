def ways_to_pay(price: int, shells: list[int]) -> int:
    """Return the number of multisets of shell values (unlimited supply) that add up to price."""
    pass
