def ferry_route(ferries: list[list[str]], start: str, goal: str) -> list[str] | None:
    """Return a route start..goal with the fewest ferries (any shortest one), or None if unreachable."""
    pass
