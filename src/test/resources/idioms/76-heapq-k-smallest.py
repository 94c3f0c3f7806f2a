# about: heapq.nsmallest and a manual heap merge
# expect: ACCEPTED
# mode: grade
# test: [[7, 2, 9, 4, 1, 8], 3] => [[1, 2, 4], [1, 2, 4], [1, 2, 3, 4]]

import heapq
def solve(xs, k):
    heap = list(xs)
    heapq.heapify(heap)
    popped = [heapq.heappop(heap) for _ in range(k)]
    return [popped, heapq.nsmallest(k, xs), list(heapq.merge([1, 4], [2, 3]))]
