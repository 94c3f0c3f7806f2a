# expect: MEMORY_LIMIT_EXCEEDED|RUNTIME_ERROR
# about: [0] * 10**10

s = [0] * 10 ** 10
