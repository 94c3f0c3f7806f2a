# about: closures with nonlocal state
# expect: ACCEPTED
# mode: grade
# test: [10] => [11, 16, 17]

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
def solve(start):
    c = make_counter(start)
    return [c(), c(5), c()]
