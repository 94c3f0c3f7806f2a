import re
from collections import Counter

WORD = re.compile(r"[^\W\d_]+")


def top_words(text: str, k: int) -> list[list]:
    counts = Counter(word.lower() for word in WORD.findall(text))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[word, count] for word, count in ranked[:k]]
