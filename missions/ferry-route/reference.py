from collections import defaultdict, deque


def ferry_route(ferries: list[list[str]], start: str, goal: str) -> list[str] | None:
    links = defaultdict(list)
    for a, b in ferries:
        links[a].append(b)
        links[b].append(a)
    previous = {start: None}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if here == goal:
            route = []
            while here is not None:
                route.append(here)
                here = previous[here]
            return route[::-1]
        for there in links[here]:
            if there not in previous:
                previous[there] = here
                queue.append(there)
    return None
