# expect: MEMORY_LIMIT_EXCEEDED|RUNTIME_ERROR
# about: 'x' * 10**10

s = 'x' * 10 ** 10
