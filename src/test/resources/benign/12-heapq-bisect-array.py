# about: heapq, bisect and array
# expect: ACCEPTED
# mode: grade
# test: [[5, 1, 4], 3] => [1, [1, 4], 1, [1, 3, 4, 5], 10]
import heapq
import bisect
import array


def solve(xs, x):
    h = list(xs)
    heapq.heapify(h)
    smallest = heapq.nsmallest(2, xs)
    s = sorted(xs)
    pos = bisect.bisect_left(s, x)
    bisect.insort(s, x)
    a = array.array("i", xs)
    return [heapq.heappop(h), smallest, pos, s, sum(a)]
