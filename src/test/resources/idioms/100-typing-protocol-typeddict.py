# about: typing.Protocol, TypedDict, Optional and generics in annotations
# expect: ACCEPTED
# mode: grade
# test: [[["ann", 31], ["bob", 45], ["cy", 22]]] => "bob"
# test: [[]] => null

from typing import Protocol, TypedDict, Optional, Iterable
class Named(Protocol):
    name: str
class User(TypedDict):
    name: str
    age: int
def oldest(users: Iterable[User]) -> Optional[str]:
    best: Optional[User] = None
    for u in users:
        if best is None or u['age'] > best['age']:
            best = u
    return best['name'] if best else None
def solve(rows: list[list]) -> Optional[str]:
    return oldest(User(name=n, age=a) for n, a in rows)
