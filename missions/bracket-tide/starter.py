def is_balanced(log: str) -> bool:
    """Return True if the (), [] and {} brackets in log are balanced; other characters are ignored."""
    pass
