# about: bisect for grade boundaries
# expect: ACCEPTED
# mode: grade
# test: [[33, 99, 77, 70, 89, 90, 100]] => ["F", "A", "C", "C", "B", "A", "A"]

from bisect import bisect
def solve(scores):
    return ['FDCBA'[bisect([60, 70, 80, 90], s)] for s in scores]
