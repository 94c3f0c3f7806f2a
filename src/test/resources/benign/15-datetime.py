# about: datetime, date and timedelta arithmetic
# expect: ACCEPTED
# mode: grade
# test: [2024, 2, 15] => ["2024-03-16", 3, "2024/02/15 12:30", 30]
from datetime import date, datetime, timedelta


def solve(y, m, d):
    day = date(y, m, d)
    later = day + timedelta(days=30)
    dt = datetime(y, m, d, 12, 30)
    return [later.isoformat(), day.weekday(), dt.strftime("%Y/%m/%d %H:%M"), (later - day).days]
