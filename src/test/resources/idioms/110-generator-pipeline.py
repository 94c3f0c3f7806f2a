# about: lazy generator expressions chained with islice and takewhile
# expect: ACCEPTED
# mode: grade
# test: [10] => [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]

from itertools import count, islice, takewhile
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
def solve(k):
    return list(islice(primes(), k))
