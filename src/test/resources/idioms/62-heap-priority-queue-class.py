# about: a priority queue class over heapq with tuples and a tie-breaking counter (Dijkstra)
# expect: ACCEPTED
# mode: grade
# test: [{"a": {"b": 1, "c": 4}, "b": {"c": 2}, "c": {}}, "a"] => {"a": 0, "b": 1, "c": 3}
import heapq
import itertools


class PQ:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()

    def push(self, prio, item):
        heapq.heappush(self._heap, (prio, next(self._counter), item))

    def pop(self):
        prio, _, item = heapq.heappop(self._heap)
        return prio, item

    def __bool__(self):
        return bool(self._heap)


def solve(graph, start):
    dist = {}
    pq = PQ()
    pq.push(0, start)
    while pq:
        d, node = pq.pop()
        if node in dist:
            continue
        dist[node] = d
        for nxt, w in graph[node].items():
            if nxt not in dist:
                pq.push(d + w, nxt)
    return dist
