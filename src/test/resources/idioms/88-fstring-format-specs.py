# about: f-strings with width, precision, alignment and thousands
# expect: ACCEPTED
# mode: grade
# test: [1234567.891, "ada"] => ["1,234,567.89", "     ada|", "   ada   |", "0xff", "25.0%", "00101010"]

def solve(x, name):
    return [f'{x:,.2f}', f'{name:>8}|', f'{name:^9}|', f'{255:#x}', f'{0.25:.1%}', f'{42:08b}']
