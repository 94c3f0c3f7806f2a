# about: hand-written binary search and bisect with a key function
# expect: ACCEPTED
# mode: grade
# test: [[1, 3, 5, 7, 9], 7] => [3, 3, 2]
import bisect


def search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def solve(xs, target):
    pairs = [(x, str(x)) for x in xs]
    return [search(xs, target), bisect.bisect_left(pairs, target, key=lambda p: p[0]), bisect.bisect(xs, 4)]
