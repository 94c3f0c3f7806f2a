# about: plain recursion to depth 3,000
# expect: ACCEPTED
# mode: grade
# test: [3000] => 3000
# test: [10] => 10
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def solve(n):
    return depth(n)
