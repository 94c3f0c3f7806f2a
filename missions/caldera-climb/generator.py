def generate(rng, count):
    tests = []
    for i in range(count):
        kind = i % 4
        n = 20_000 if i < 4 else rng.randint(1, 2_000)
        if kind == 0:
            trail = [rng.randint(-10**9, 10**9) for _ in range(n)]
        elif kind == 1:
            # A rising trend with noise: long answers, many updates in the middle of the list.
            trail = [j * 50 + rng.randint(-10**4, 10**4) for j in range(n)]
        elif kind == 2:
            trail = [rng.randint(0, 100) for _ in range(n)]
        else:
            # Saw-tooth: descending blocks, each a little higher than the last.
            trail = [(j // 100) * 10 - (j % 100) for j in range(n)]
        tests.append([trail])
    return tests
