# about: dynamic programming over a 2D list (edit distance)
# expect: ACCEPTED
# mode: grade
# test: ["kitten", "sitting"] => 3

def solve(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                dp[i][j] = i + j
            else:
                dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1,
                               dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return dp[-1][-1]
