# expect: MEMORY_LIMIT_EXCEEDED
# about: dict bomb that may outrun the watchdog
# needs: worker

d = {}
i = 0
while True:
    d[i] = [i] * 1000
    i += 1
