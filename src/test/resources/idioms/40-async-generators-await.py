# about: coroutines driven by hand (send/StopIteration), async generators consumed in a coroutine
# expect: ACCEPTED
# mode: grade
# test: [3] => [0, 1, 2]


async def numbers(n):
    for i in range(n):
        yield i


async def collect(n):
    return [x async for x in numbers(n)]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError('coroutine did not finish')


def solve(n):
    return run(collect(n))
