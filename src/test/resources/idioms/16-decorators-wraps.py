# about: decorators with functools.wraps, a counting decorator storing attributes on the function, lru_cache
# expect: ACCEPTED
# mode: grade
# test: [30] => [832040, "fib", "Fibonacci number.", 59]
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
@functools.lru_cache(maxsize=None)
def fib(n):
    """Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def solve(n):
    return [fib(n), fib.__name__, fib.__doc__, fib.calls]
