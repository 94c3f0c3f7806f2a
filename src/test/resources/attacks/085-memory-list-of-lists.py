# expect: MEMORY_LIMIT_EXCEEDED
# about: a growing list of small lists (slow to grow in the interpreter: may outlast the in-process budget)
# needs: worker

x = []
while True:
    x.append([0] * 64)
