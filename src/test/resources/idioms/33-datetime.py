# about: datetime, date arithmetic, timedelta, strftime/strptime
# expect: ACCEPTED
# mode: grade
# test: ["2024-02-27", 3] => ["2024-03-01", "Friday", 60]
from datetime import date, datetime, timedelta


def solve(day, n):
    d = datetime.strptime(day, '%Y-%m-%d').date() + timedelta(days=n)
    return [d.isoformat(), d.strftime('%A'), (d - date(2024, 1, 1)).days]
