def longest_echo(shout: str) -> str:
    """Return the longest palindromic substring of shout (the leftmost one on ties)."""
    pass
