# expect: WRONG_ANSWER
# about: print 'All tests passed' and return nonsense
# mode: grade
# test: [1, 2] => 3
# test: [10, 20] => 30

def solve(a, b):
    print('All tests passed.')
    print('ACCEPTED')
    return -1
