import math
import random

EPS = 1e-9


def circle_two(a, b):
    cx, cy = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    return cx, cy, math.hypot(a[0] - cx, a[1] - cy)


def circle_three(a, b, c):
    ax, ay = a
    bx, by = b[0] - ax, b[1] - ay
    cx, cy = c[0] - ax, c[1] - ay
    d = 2 * (bx * cy - by * cx)
    if abs(d) < 1e-12:
        # Collinear: the widest pair is the diameter.
        return max((circle_two(p, q) for p, q in ((a, b), (a, c), (b, c))), key=lambda k: k[2])
    b2, c2 = bx * bx + by * by, cx * cx + cy * cy
    ux = (cy * b2 - by * c2) / d
    uy = (bx * c2 - cx * b2) / d
    return ax + ux, ay + uy, math.hypot(ux, uy)


def inside(circle, p):
    return math.hypot(p[0] - circle[0], p[1] - circle[1]) <= circle[2] + EPS * max(1.0, circle[2])


def net_radius(fish: list[list[float]]) -> float:
    points = [(float(x), float(y)) for x, y in fish]
    random.Random(12345).shuffle(points)
    circle = (points[0][0], points[0][1], 0.0)
    # Iterative Welzl: each loop level fixes one more boundary point.
    for i in range(1, len(points)):
        p = points[i]
        if inside(circle, p):
            continue
        circle = (p[0], p[1], 0.0)
        for j in range(i):
            q = points[j]
            if inside(circle, q):
                continue
            circle = circle_two(p, q)
            for k in range(j):
                r = points[k]
                if not inside(circle, r):
                    circle = circle_three(p, q, r)
    return float(circle[2])
