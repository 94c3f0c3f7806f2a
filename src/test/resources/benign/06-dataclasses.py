# about: dataclasses with defaults, ordering, frozen instances and field()
# expect: ACCEPTED
# mode: grade
# test: [[[3, "c"], [1, "a"], [2, "b"]]] => ["a", "b", "c", 5]
from dataclasses import dataclass, field, asdict, replace


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Pair:
    a: int
    b: int = 0


def solve(items):
    objs = sorted(Item(p, n) for p, n in items)
    p = replace(Pair(1), b=5)
    return [o.name for o in objs] + [asdict(p)["b"]]
