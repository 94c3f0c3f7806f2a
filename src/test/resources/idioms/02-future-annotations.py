# about: issue 16: `from __future__ import annotations` with forward references and get_type_hints
# expect: ACCEPTED
# mode: grade
# test: [3] => [3, "int"]
from __future__ import annotations

import typing
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    next: Node | None = None


def solve(n: int) -> list:
    head = None
    for i in range(n):
        head = Node(i, head)
    count = 0
    while head:
        count += 1
        head = head.next
    return [count, typing.get_type_hints(Node)['value'].__name__]
