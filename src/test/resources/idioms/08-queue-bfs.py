# about: issue 16: `import queue` for a breadth-first search, collections.deque as well
# expect: ACCEPTED
# mode: grade
# test: [{"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}, "a"] => {"a": 0, "b": 1, "c": 1, "d": 2}
import queue
from collections import deque


def solve(graph, start):
    dist = {start: 0}
    q = queue.Queue()
    q.put(start)
    while not q.empty():
        node = q.get()
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                q.put(nxt)
    check = deque([start])
    assert check.popleft() == start
    return dist
