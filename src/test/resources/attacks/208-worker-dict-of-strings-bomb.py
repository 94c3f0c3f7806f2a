# expect: MEMORY_LIMIT_EXCEEDED
# about: dict bomb of fresh strings, each entry small
# needs: worker

d = {}
i = 0
while True:
    d[i] = 'k' + str(i)
    i += 1
