# about: recursive depth-first search with a visited set and topological order
# expect: ACCEPTED
# mode: grade
# test: [{"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}] => ["a", "c", "b", "d"]


def solve(graph):
    seen, order = set(), []

    def visit(node):
        if node in seen:
            return
        seen.add(node)
        for nxt in graph[node]:
            visit(nxt)
        order.append(node)

    for node in graph:
        visit(node)
    return order[::-1]
