import math


def gauge_report(levels: list[float]) -> dict:
    n = len(levels)
    if n == 0:
        return {}
    ordered = sorted(levels)
    mean = math.fsum(ordered) / n
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    spread = math.sqrt(math.fsum((x - mean) ** 2 for x in ordered) / n)
    return {
        "mean": float(mean),
        "median": float(median),
        "spread": float(spread),
        "range": float(ordered[-1] - ordered[0]),
    }
