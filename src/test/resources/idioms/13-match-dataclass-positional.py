# about: structural pattern matching with dataclass positional patterns, mappings, sequences and guards
# expect: ACCEPTED
# mode: grade
# test: [[["pt", 1, 2], ["circle", 3], {"kind": "sq", "side": 4}, [1, 2, 3, 4]]] => ["point 1,2", "circle r=3", "square 4", "seq 1..4 (2 more)"]
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    r: int


def make(raw):
    match raw:
        case ['pt', x, y]:
            return Point(x, y)
        case ['circle', r]:
            return Circle(r)
    return raw


def describe(shape):
    match shape:
        case Point(x, y):
            return f'point {x},{y}'
        case Circle(r=r) if r > 0:
            return f'circle r={r}'
        case {'kind': 'sq', 'side': side}:
            return f'square {side}'
        case [first, *rest] if rest:
            return f'seq {first}..{rest[-1]} ({len(rest) - 1} more)'
        case str() | int():
            return 'scalar'
        case _:
            return 'unknown'


def solve(items):
    return [describe(make(it)) for it in items]
