# about: typing Literal, Final, Union, overload, TYPE_CHECKING and annotated class attributes
# expect: ACCEPTED
# mode: grade
# test: ["up"] => [[0, 1], 3]
from typing import TYPE_CHECKING, Final, Literal, Union, overload

if TYPE_CHECKING:
    from collections.abc import Sequence

Direction = Literal['up', 'down']
STEP: Final = 1


@overload
def move(d: Literal['up']) -> tuple[int, int]: ...
@overload
def move(d: Literal['down']) -> tuple[int, int]: ...


def move(d: Direction) -> tuple[int, int]:
    return (0, STEP) if d == 'up' else (0, -STEP)


class Config:
    retries: int = 3
    name: Union[str, None] = None


def solve(d: str):
    return [list(move(d)), Config.retries]
