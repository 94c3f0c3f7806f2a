# about: random.Random with a seed, shuffle and sample on a private generator
# expect: ACCEPTED
# mode: grade
# test: [10] => [10, 3, true]
import random


def solve(n):
    rng = random.Random(42)
    xs = list(range(n))
    rng.shuffle(xs)
    sample = rng.sample(xs, 3)
    return [len(set(xs)), len(sample), all(0 <= x < n for x in sample)]
