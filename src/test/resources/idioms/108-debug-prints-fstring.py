# about: debug prints with f-string = specifiers while computing
# expect: ACCEPTED
# mode: grade
# test: [[4, 5, 6]] => 15

def solve(xs):
    total = 0
    for i, x in enumerate(xs):
        total += x
        print(f'{i=} {x=} {total=}')
    print('done', sep='', end='\n')
    return total
