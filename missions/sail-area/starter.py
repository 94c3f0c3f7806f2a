def sail_area(a: float, b: float, c: float) -> float:
    """Return the area of the triangle with sides a, b, c, or 0.0 if they do not form one."""
    pass
