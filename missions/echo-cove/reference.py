def longest_echo(shout: str) -> str:
    # Manacher's algorithm on the string with separators between characters: O(n).
    if not shout:
        return ""
    t = [None]
    for ch in shout:
        t.append(ch)
        t.append(None)
    n = len(t)
    radius = [0] * n
    centre = right = 0
    for i in range(n):
        r = min(right - i, radius[2 * centre - i]) if i < right else 0
        while i - r - 1 >= 0 and i + r + 1 < n and t[i - r - 1] == t[i + r + 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            centre, right = i, i + r
    best_len, best_start = 0, 0
    for i, r in enumerate(radius):
        # radius r in t is a palindrome of length r in shout starting at (i - r) // 2.
        start = (i - r) // 2
        if r > best_len or (r == best_len and start < best_start):
            best_len, best_start = r, start
    return shout[best_start:best_start + best_len]
