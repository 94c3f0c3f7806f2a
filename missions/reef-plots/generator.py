import math


def generate(rng, count):
    """Star-shaped polygons: corners at sorted random angles around a centre, random radii,
    so the border never crosses itself. Integer coordinates keep the data exact."""
    tests = []
    for i in range(count):
        n = rng.choice([3, 4, 5, 10, 50, 200, 1000]) if i < count - 3 else 3000
        cx, cy = rng.randint(-1000, 1000), rng.randint(-1000, 1000)
        scale = rng.choice([10, 1000, 100000])
        angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(n))
        corners = []
        for a in angles:
            r = rng.uniform(0.2, 1.0) * scale
            corners.append([cx + round(r * math.cos(a)), cy + round(r * math.sin(a))])
        if rng.random() < 0.5:
            corners.reverse()
        tests.append([corners])
    return tests
