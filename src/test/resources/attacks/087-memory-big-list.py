# expect: MEMORY_LIMIT_EXCEEDED
# about: [0] * 10**10

s = [0] * 10 ** 10
