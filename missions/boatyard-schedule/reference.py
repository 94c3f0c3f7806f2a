from collections import deque


def schedule(jobs: list[str], rules: list[list[str]]) -> list[str] | None:
    waiting = {job: 0 for job in jobs}
    unlocks = {job: [] for job in jobs}
    for first, then in rules:
        unlocks[first].append(then)
        waiting[then] += 1
    ready = deque(job for job in jobs if waiting[job] == 0)
    order = []
    while ready:
        job = ready.popleft()
        order.append(job)
        for nxt in unlocks[job]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == len(jobs) else None
