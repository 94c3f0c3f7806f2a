# expect: MEMORY_LIMIT_EXCEEDED
# about: a growing list of small lists while graded: the watchdog or the worker heap stops it
# (slow to grow: on a worker whose heap was given back after an earlier bomb, ADR 0058, it met the
# 2 s CPU limit first under load 30; 8 s as for 085)
# needs: worker
# cpu-ms-per-test: 8000
# mode: grade
# test: [3] => 3

def solve(x):
    hoard = []
    while True:
        hoard.append([x] * 16)
