# about: random with a fixed seed and its own Random instance
# expect: ACCEPTED
# mode: grade
# test: [42] => [true, true, true]
import random


def solve(seed):
    rng = random.Random(seed)
    xs = [rng.randint(1, 6) for _ in range(5)]
    random.seed(seed)
    ys = [random.randint(1, 6) for _ in range(5)]
    deck = list(range(10))
    rng.shuffle(deck)
    return [xs == ys, sorted(deck) == list(range(10)), all(1 <= x <= 6 for x in xs)]
