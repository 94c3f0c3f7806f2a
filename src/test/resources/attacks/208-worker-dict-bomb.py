# expect: MEMORY_LIMIT_EXCEEDED
# about: dict bomb: every entry small (a 64-slot list), keys without end
# needs: worker

d = {}
i = 0
while True:
    d[i] = [i] * 64
    i += 1
