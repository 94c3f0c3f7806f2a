# about: typing generics, TypeVar, Protocol, NamedTuple, TypedDict, Optional, Callable and cast
# expect: ACCEPTED
# mode: grade
# test: [[3, 1, 2]] => [[1, 2, 3], 3, {"name": "n", "size": 3}, 6]
from typing import Callable, Generic, NamedTuple, Optional, Protocol, TypedDict, TypeVar, cast

T = TypeVar('T')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


class Sized(Protocol):
    def __len__(self) -> int: ...


class Info(TypedDict):
    name: str
    size: int


class Pair(NamedTuple):
    a: int
    b: int = 0


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def solve(xs: list[int]):
    s: Stack[int] = Stack()
    for x in sorted(xs):
        s.push(x)
    size = len(cast(Sized, xs))
    info: Info = {'name': 'n', 'size': size}
    return [sorted(xs), Pair(size).a, info, apply(lambda v: v * 2, Pair(3, 4).a)]
