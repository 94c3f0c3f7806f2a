# about: a lookup-table conversion loop with divmod, both directions
# expect: ACCEPTED
# mode: grade
# test: [1994] => ["MCMXCIV", 1994]
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    out = []
    for value, letters in VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return ''.join(out)


def from_roman(s):
    single = {v: k for k, v in VALUES if len(v) == 1}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        total += -single[a] if b != ' ' and single[a] < single[b] else single[a]
    return total


def solve(n):
    r = to_roman(n)
    return [r, from_roman(r)]
