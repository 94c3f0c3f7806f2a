# about: an expression tree of dataclasses evaluated with nested class patterns
# expect: ACCEPTED
# mode: grade
# test: [] => [14, "(2 + (3 * 4))"]
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


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(Num(1), r) | Mul(r, Num(1)):
            return evaluate(r)
        case Mul(l, r):
            return evaluate(l) * evaluate(r)


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Add(l, r):
            return f'({show(l)} + {show(r)})'
        case Mul(l, r):
            return f'({show(l)} * {show(r)})'


def solve():
    e = Add(Num(2), Mul(Num(3), Num(4)))
    return [evaluate(e), show(e)]
