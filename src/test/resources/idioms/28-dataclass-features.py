# about: dataclasses with slots, kw_only, InitVar, ClassVar, field metadata, asdict, astuple, replace, inheritance
# expect: ACCEPTED
# mode: grade
# test: [2] => [{"name": "a", "qty": 2, "tags": ["t"]}, ["b", 4, []], 1, "Item(name='a', qty=2, tags=['t'])", true]
from dataclasses import InitVar, asdict, astuple, dataclass, field, fields, replace
from typing import ClassVar


@dataclass
class Base:
    name: str


@dataclass(kw_only=True)
class Item(Base):
    qty: int = 1
    tags: list = field(default_factory=list, metadata={'doc': 'labels'})
    count: ClassVar[int] = 0
    tag: InitVar[str | None] = None

    def __post_init__(self, tag):
        Item.count += 1
        if tag:
            self.tags.append(tag)


@dataclass(slots=True, order=True)
class Small:
    a: int
    b: int = 0


def solve(q):
    Item.count = 0
    it = Item('a', qty=q, tag='t')
    other = replace(it, name='b', qty=q * 2, tags=[])
    return [asdict(it), list(astuple(other)), Item.count - 1, repr(it), Small(1) < Small(2) and fields(it)[0].name == 'name']
