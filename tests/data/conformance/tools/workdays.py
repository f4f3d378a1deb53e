#!/usr/bin/env python3
"""Working-day arithmetic on the official Kazakhstan calendar, independent of
the crate: it reads only tests/data/kz_calendar_2018_2027.json (the same days
as /work/shared/kz-calendar, README there) and RULES.md §2's counting rules.

Used to write the "worked" field of the conformance cases by hand:

    python3 workdays.py after 2026-03-26 15     # N working days after X
    python3 workdays.py before 2026-05-19 5     # N-th working day before Y
    python3 workdays.py between 2026-04-16 2026-04-20  # working days in (a, b]
    python3 workdays.py cal 2026-03-26 30       # X + N calendar days, moved on
    python3 workdays.py months 2026-01-31 2     # X + N months, moved on
    python3 workdays.py is 2026-05-07           # working day or not
"""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAL = os.path.join(HERE, "..", "..", "kz_calendar_2018_2027.json")
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

with open(CAL, encoding="utf-8") as f:
    _data = json.load(f)
OFF = {d for y in _data.values() for d in y["non_working_weekdays"]}
ON = {d for y in _data.values() for d in y["working_weekend_days"]}


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def working(d):
    d = D(d)
    iso = d.isoformat()
    if iso in ON:
        return True
    return d.weekday() < 5 and iso not in OFF


def after(x, n):
    """The N-th working day strictly after X, and the days counted."""
    d, days = D(x), []
    while len(days) < n:
        d += dt.timedelta(days=1)
        if working(d):
            days.append(d)
    return days[-1], days


def before(y, n):
    """The N-th working day strictly before Y, and the days counted."""
    d, days = D(y), []
    while len(days) < n:
        d -= dt.timedelta(days=1)
        if working(d):
            days.append(d)
    return days[-1], days


def between(a, b):
    """Working days in (a, b]."""
    a, b = D(a), D(b)
    days, d = [], a
    while d < b:
        d += dt.timedelta(days=1)
        if working(d):
            days.append(d)
    return days


def on_or_after(x):
    d = D(x)
    while not working(d):
        d += dt.timedelta(days=1)
    return d


def cal_days(x, n):
    return on_or_after(D(x) + dt.timedelta(days=n))


def months(x, n):
    import calendar

    x = D(x)
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    day = min(x.day, calendar.monthrange(y, m)[1])
    return on_or_after(dt.date(y, m, day))


def fmt(d):
    d = D(d)
    return f"{WD[d.weekday()]} {d.day} {d.strftime('%b')} {d.year}"


def days_list(days):
    """'27, 30, 31 Mar, 1, 2 Apr' style."""
    out, cur, month = [], [], None
    for d in days:
        if month is not None and d.month != month:
            out.append(", ".join(cur) + " " + dt.date(2000, month, 1).strftime("%b"))
            cur = []
        month = d.month
        cur.append(str(d.day))
    if cur:
        out.append(", ".join(cur) + " " + dt.date(2000, month, 1).strftime("%b"))
    return ", ".join(out)


if __name__ == "__main__":
    op, *args = sys.argv[1:]
    if op == "after":
        d, days = after(args[0], int(args[1]))
        print(fmt(d), "|", days_list(days))
    elif op == "before":
        d, days = before(args[0], int(args[1]))
        print(fmt(d), "|", days_list(days))
    elif op == "between":
        days = between(args[0], args[1])
        print(len(days), "|", days_list(days))
    elif op == "cal":
        print(fmt(cal_days(args[0], int(args[1]))))
    elif op == "months":
        print(fmt(months(args[0], int(args[1]))))
    elif op == "is":
        print(fmt(args[0]), working(args[0]))
