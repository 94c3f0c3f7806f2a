# about: bottom-up dynamic programming tables (LCS and coin change) with list multiplication
# expect: ACCEPTED
# mode: grade
# test: ["abcde", "ace", [1, 2, 5], 11] => [3, 3]


def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    return dp[-1][-1]


def coins(cs, amount):
    INF = float('inf')
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in cs if c <= a), default=INF)
    return best[amount] if best[amount] != INF else -1


def solve(a, b, cs, amount):
    return [lcs(a, b), coins(cs, amount)]
