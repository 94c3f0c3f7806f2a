# expect: MEMORY_LIMIT_EXCEEDED
# about: a growing list of small lists while graded: the watchdog or the worker heap stops it
# needs: worker
# mode: grade
# test: [3] => 3

def solve(x):
    hoard = []
    while True:
        hoard.append([x] * 16)
