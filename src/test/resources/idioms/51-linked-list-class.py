# about: a linked list with __iter__, __len__, __repr__ and reversal through attribute stores
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3]] => [[3, 2, 1], 3, "1 -> 2 -> 3"]


class Node:
    __slots__ = ('val', 'next')

    def __init__(self, val, next=None):
        self.val = val
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return ' -> '.join(map(str, self))

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


def solve(values):
    ll = LinkedList(values)
    text = repr(ll)
    ll.reverse()
    return [list(ll), len(ll), text]
