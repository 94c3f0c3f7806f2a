# about: dataclass(order=True) instances sorted and compared
# expect: ACCEPTED
# mode: grade
# test: [[["write", 2], ["test", 1], ["ship", 3]]] => ["test", "write", "ship"]

from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
def solve(items):
    tasks = sorted(Task(p, n) for n, p in items)
    return [t.name for t in tasks]
