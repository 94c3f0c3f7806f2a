def net_catches(net: str, word: str) -> bool:
    # Greedy with backtracking to the last star only: O(len(net) * len(word)) worst case.
    n = m = 0
    star = -1
    star_word = 0
    while m < len(word):
        if n < len(net) and (net[n] == "?" or net[n] == word[m]) and net[n] != "*":
            n += 1
            m += 1
        elif n < len(net) and net[n] == "*":
            star, star_word = n, m
            n += 1
        elif star >= 0:
            # Let the last star swallow one more character and retry from there.
            star_word += 1
            m = star_word
            n = star + 1
        else:
            return False
    while n < len(net) and net[n] == "*":
        n += 1
    return n == len(net)
