# about: helpers, a __main__ guard that does not run, and constants in upper case
# expect: ACCEPTED
# mode: grade
# test: [[1, 2, 3, 4, 5, 6]] => {"even": [2, 4, 6], "odd": [1, 3, 5]}
EVEN, ODD = 'even', 'odd'


def parity(n):
    return EVEN if n % 2 == 0 else ODD


def solve(xs):
    groups = {EVEN: [], ODD: []}
    for x in xs:
        groups[parity(x)].append(x)
    return groups


if __name__ == '__main__':
    print(solve([1, 2, 3]))
