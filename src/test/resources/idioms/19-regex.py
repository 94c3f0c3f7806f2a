# about: regular expressions with named groups, findall, sub with a function and verbose patterns
# expect: ACCEPTED
# mode: grade
# test: ["2024-01-05 and 1999-12-31"] => [[2024, 1999], "05/01/2024 and 31/12/1999", ["2024", "01", "05"]]
import re

DATE = re.compile(r"""
    (?P<y>\d{4}) - (?P<m>\d{2}) - (?P<d>\d{2})
""", re.VERBOSE)


def solve(text):
    years = [int(m.group('y')) for m in DATE.finditer(text)]
    swapped = DATE.sub(lambda m: '{d}/{m}/{y}'.format(**m.groupdict()), text)
    first = re.findall(r'\d+', text)[:3]
    return [years, swapped, first]
