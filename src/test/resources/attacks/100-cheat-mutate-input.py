# expect: WRONG_ANSWER
# about: mutate the input list hoping the next test sees it
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

seen = []
def solve(a, b):
    seen.append(a)
    return len(seen) * 0 - 1
