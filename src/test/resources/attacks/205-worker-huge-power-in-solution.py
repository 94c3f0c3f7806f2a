# expect: TIME_LIMIT_EXCEEDED|MEMORY_LIMIT_EXCEEDED|POLICY_VIOLATION|RUNTIME_ERROR
# about: 10**(10**9) inside a graded entry point: uncancellable big-integer work (or refused early: beyond the host big-integer range)
# needs: worker
# mode: grade
# test: [1] => 1

def solve(x):
    return 10 ** (10 ** 9) // 10 ** (10 ** 9 - 1) - 9 + x - 1
