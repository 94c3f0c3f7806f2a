MOD = 1_000_000_007


def generate(rng, count):
    tests = []
    for i in range(count):
        k = rng.randint(1, 10)
        first = [rng.randrange(MOD) for _ in range(k)]
        weights = [rng.randrange(MOD) for _ in range(k)]
        n = rng.randint(10**17, 10**18) if i % 2 == 0 else rng.randint(0, 10**9)
        tests.append([first, weights, n])
    return tests
