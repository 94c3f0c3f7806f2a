# about: f-string features: =, !r, nested format specs, thousands separators, dates
# expect: ACCEPTED
# mode: grade
# test: [1234567.891, 8] => ["1,234,567.89", "x=8", "'a'", "  1234567.9", "00001000"]


def solve(value, width):
    x = width
    w, p = 11, 1
    return [f'{value:,.2f}', f'{x=}', f'{"a"!r}', f'{value:{w}.{p}f}', f'{width:08b}']
