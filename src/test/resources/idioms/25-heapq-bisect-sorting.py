# about: heapq, bisect, sort keys with lambdas and operator.itemgetter/attrgetter
# expect: ACCEPTED
# mode: grade
# test: [[5, 1, 4, 2, 3], 2] => [[1, 2], [5, 4], 3, [["b", 1], ["a", 2]], ["x", "yy"]]
import bisect
import heapq
import operator


class W:
    def __init__(self, s):
        self.s = s
        self.n = len(s)


def solve(xs, k):
    pairs = sorted([('a', 2), ('b', 1)], key=operator.itemgetter(1))
    words = sorted([W('yy'), W('x')], key=operator.attrgetter('n'))
    srt = sorted(xs)
    return [heapq.nsmallest(k, xs), heapq.nlargest(k, xs), bisect.bisect_left(srt, 3) + 1,
            [list(p) for p in pairs], [w.s for w in words]]
