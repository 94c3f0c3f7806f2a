def generate(rng, count):
    # Half small numbers (where the subtractive forms cluster), half anywhere in range.
    return [[rng.randint(1, 100) if i % 2 == 0 else rng.randint(1, 3999)] for i in range(count)]
