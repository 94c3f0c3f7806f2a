import math


def beam_distance(boat: list[float], start: list[float], end: list[float]) -> float:
    px, py = boat
    ax, ay = start
    dx, dy = end[0] - ax, end[1] - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return float(math.hypot(px - ax, py - ay))
    t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = max(0.0, min(1.0, t))
    return float(math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
