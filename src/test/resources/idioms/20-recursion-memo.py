# about: recursion with a memo dict default argument, nonlocal counters and a global
# expect: ACCEPTED
# mode: grade
# test: [20] => [10946, 21]
calls = 0


def ways(n, memo={}):
    global calls
    if n in memo:
        return memo[n]
    calls += 1
    result = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = result
    return result


def solve(n):
    def counter():
        count = 0

        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    inc = counter()
    inc()
    return [ways(n), calls + inc() - 2]
