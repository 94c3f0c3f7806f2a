# expect: MEMORY_LIMIT_EXCEEDED
# about: a growing list of small lists (slow to grow in the interpreter: may outlast the in-process budget)
# needs: worker
# cpu-ms-per-test: 8000

x = []
while True:
    x.append([0] * 64)
