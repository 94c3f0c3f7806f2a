# expect: MEMORY_LIMIT_EXCEEDED
# about: 'x' * 10**10

s = 'x' * 10 ** 10
