from collections import defaultdict


def shoals(words: list[str]) -> list[list[str]]:
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return [sorted(group) for group in groups.values()]
