# about: issue 16: `import time` for time.perf_counter() around a computation, with a debug print
# expect: ACCEPTED
# mode: grade
# test: [10] => 55
import time


def solve(n):
    t0 = time.perf_counter()
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    elapsed = time.perf_counter() - t0
    print(f'debug: fib({n}) took {elapsed:.6f}s')
    time.sleep(0)
    return a
