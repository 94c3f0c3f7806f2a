# about: typing annotations, generics, Protocol and get_type_hints
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3]] => [3, {"hints": 2}]
from typing import List, Dict, Optional, Tuple, TypeVar, Generic, get_type_hints

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


def solve(xs: List[int]) -> Tuple[int, Dict[str, int]]:
    s: Stack[int] = Stack()
    for x in xs:
        s.push(x)
    hints = get_type_hints(solve)
    return s.pop(), {"hints": len(hints)}
