# expect: MEMORY_LIMIT_EXCEEDED
# about: keep appending large lists until the allocation watchdog stops it

x = []
while True:
    x.append([0] * 1000000)
