# Naive solution of caldera-climb: the classic quadratic dynamic programme.
# O(n^2) time: about 2e8 comparisons on the hidden 20 000-post trails, so it must get
# TIME_LIMIT_EXCEEDED (the reference is O(n log n) with bisect).
def longest_climb(altitudes):
    n = len(altitudes)
    best = [1] * n
    for i in range(n):
        a = altitudes[i]
        b = 1
        for j in range(i):
            if altitudes[j] < a and best[j] + 1 > b:
                b = best[j] + 1
        best[i] = b
    return max(best, default=0)
