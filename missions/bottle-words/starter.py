def top_words(text: str, k: int) -> list[list]:
    """Return the k most frequent lower-cased words as [word, count], by count desc then word asc."""
    pass
