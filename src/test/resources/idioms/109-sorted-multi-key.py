# about: sorting with tuple keys, reverse and itemgetter
# expect: ACCEPTED
# mode: grade
# test: [[["bo", 30], ["al", 30], ["cy", 25]]] => [[["al", 30], ["bo", 30], ["cy", 25]], ["cy", "bo", "al"]]

from operator import itemgetter
def solve(people):
    by_age_then_name = sorted(people, key=lambda p: (-p[1], p[0]))
    names = [p[0] for p in sorted(people, key=itemgetter(0), reverse=True)]
    return [by_age_then_name, names]
