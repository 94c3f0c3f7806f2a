# about: memoised recursion, backtracking and a class-based tree
# expect: ACCEPTED
# mode: grade
# test: [[5, 3, 8, 1]] => [[1, 3, 5, 8], 184756, 24]
from functools import cache


class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node


@cache
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


def perms(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]


def solve(xs):
    root = None
    for x in xs:
        root = insert(root, x)
    return [list(root), paths(10, 10), len(perms(xs[:4]))]
