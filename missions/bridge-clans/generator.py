def generate(rng, count):
    tests = []
    for i in range(count - 1):
        n = rng.choice([1, 10, 100, 1000, 3000])
        density = rng.choice([0.3, 0.8, 1.2])
        bridges = [[rng.randrange(n), rng.randrange(n)] for _ in range(int(n * density))]
        tests.append([n, bridges])
    # One large archipelago at the top of the input range.
    n = 5000
    tests.append([n, [[rng.randrange(n), rng.randrange(n)] for _ in range(6000)]])
    return tests
