# about: everyday string methods: split/join/strip, str.translate with maketrans, partition, casefold, zfill
# expect: ACCEPTED
# mode: grade
# test: ["  Hello, World!  "] => ["hello world", ["Hello", ",", " World!"], "00042", "HLL, WRLD!", true]


def solve(s):
    clean = ''.join(ch for ch in s.strip().casefold() if ch.isalnum() or ch == ' ')
    table = str.maketrans('', '', 'aeiouAEIOU')
    return [clean, list(s.strip().partition(',')), '42'.zfill(5), s.strip().upper().translate(table),
            s.strip().startswith(('Hi', 'Hello'))]
