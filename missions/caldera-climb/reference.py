from bisect import bisect_left


def longest_climb(altitudes: list[int]) -> int:
    # tails[L - 1] is the smallest last altitude of a strictly increasing run of length L.
    tails = []
    for a in altitudes:
        i = bisect_left(tails, a)
        if i == len(tails):
            tails.append(a)
        else:
            tails[i] = a
    return len(tails)
