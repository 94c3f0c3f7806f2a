def shoals(words: list[str]) -> list[list[str]]:
    """Group words that are anagrams of each other; each group sorted, groups in any order."""
    pass
