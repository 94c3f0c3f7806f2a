# Naive solution of eruption-cycles: steps through the recurrence one term at a time.
# O(n * k) time. Correct, but hidden tests have n up to 10**18, so it must get
# TIME_LIMIT_EXCEEDED (the reference is O(k^2 log n)).
MOD = 1_000_000_007


def eruption(first, weights, n):
    window = list(first)
    k = len(window)
    if n < k:
        return window[n] % MOD
    for _ in range(n - k + 1):
        nxt = 0
        for j in range(k):
            nxt += weights[j] * window[k - 1 - j]
        window = window[1:] + [nxt % MOD]
    return window[-1]
