def schedule(jobs: list[str], rules: list[list[str]]) -> list[str] | None:
    """Return all jobs in an order respecting every [first, then] rule, or None if impossible."""
    pass
