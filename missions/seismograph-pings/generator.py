def generate(rng, count):
    # Mostly near the top of the range, where only an O(sqrt n) solution keeps up.
    return [[rng.randint(10**10, 10**11) if i % 4 else rng.randint(1, 10**6)] for i in range(count)]
