# about: match with class patterns over the player's own dataclasses
# expect: ACCEPTED
# mode: grade
# test: [2, 3, 4] => 14

from dataclasses import dataclass
@dataclass
class Num:
    value: int
@dataclass
class Add:
    left: object
    right: object
@dataclass
class Mul:
    left: object
    right: object
def ev(node):
    match node:
        case Num(value=v):
            return v
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(left=l, right=r):
            return ev(l) * ev(r)
def solve(a, b, c):
    return ev(Add(Num(a), Mul(Num(b), Num(c))))
