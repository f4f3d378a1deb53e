#!/usr/bin/env python3
"""The conformance cases as written by hand: each case's events, and its
expected evaluation reasoned from RULES.md (the paragraph named in the case)
with the dates counted on the official calendar by workdays.py (which reads
only the calendar JSON; nothing here calls or reads the crate).

Run from anywhere: `python3 tests/data/conformance/tools/author.py` rewrites
valid/, invalid/ and pending/ from the cases below. The JSON files are the
suite; this script is how they were written, kept so that a reviewer can
follow the working (the "worked" field of each file says it in words).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workdays import after, before, between, cal_days, days_list, fmt, months, on_or_after, working  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CASES = []


# --- working, in words -------------------------------------------------------

def A(x, n, what):
    """N working days after X (RULES §2)."""
    d, days = after(x, n)
    return d.isoformat(), f"{what}: {n} working days after {fmt(x)}: {days_list(days)} -> {fmt(d)}"


def B(y, n, what):
    """The N-th working day before Y (RULES §2)."""
    d, days = before(y, n)
    return d.isoformat(), f"{what}: {n} working days before {fmt(y)}: {days_list(list(reversed(days)))} -> {fmt(d)}"


def late(due, on, what):
    days = between(due, on)
    return len(days), f"{what}: working days in ({fmt(due)}, {fmt(on)}]: {days_list(days) or 'none'} -> {len(days)}"


def left(as_of, due, what):
    days = between(as_of, due)
    return len(days), f"{what}: working days in ({fmt(as_of)}, {fmt(due)}]: {days_list(days) or 'none'} -> {len(days)} left"


# --- building blocks ---------------------------------------------------------

def ev(on, event, **fields):
    e = {"on": on, "event": event}
    e.update(fields)
    return e


def dl(kind, due, state, on=None, late_by=None, left_=None, rule=None, by=None, **extra):
    d = {"kind": kind, "due": due, "state": state}
    if on is not None:
        d["on"] = on
    if late_by is not None:
        d["late_by_working_days"] = late_by
    if left_ is not None:
        d["working_days_left"] = left_
    if rule is not None:
        d["rule"] = rule
    if by is not None:
        d["by"] = by
    d.update(extra)
    return d


def vio(deadline, due, on, late_by, rule, **extra):
    v = {"deadline": deadline, "due": due, "on": on, "late_by_working_days": late_by, "rule": rule}
    v.update(extra)
    return v


def nxt(kind, due, overdue, by="worker", **extra):
    n = {"kind": kind, "due": due, "overdue": overdue, "by": by}
    n.update(extra)
    return n


def valid(num, slug, title, rules, as_of, events, worked, stage, deadlines, violations=(),
          next_=None, deemed=None, reading=(), pending=None):
    c = {
        "version": 1,
        "title": title,
        "rules": list(rules),
        "worked": "; ".join(worked),
        "as_of": as_of,
        "policy": {"reading": list(reading)},
        "case": {"id": f"C-{num:03d}", "events": events},
        "expected": {
            "stage": stage,
            "deadlines": deadlines,
            "violations": list(violations),
            "next": next_,
            "deemed_refusal_from": deemed,
        },
    }
    if pending:
        c["pending_reason"] = pending
    CASES.append(("pending" if pending else "valid", f"{num:03d}-{slug}.json", c))


def invalid(num, slug, title, rules, events, worked, position, event, rule, reason, as_of="2026-12-01"):
    c = {
        "version": 1,
        "title": title,
        "rules": list(rules),
        "worked": "; ".join(worked),
        "as_of": as_of,
        "policy": {"reading": []},
        "case": {"id": f"C-{num:03d}", "events": events},
        "expected_error": {"position": position, "event": event, "rule": rule, "reason": reason},
    }
    CASES.append(("invalid", f"{num:03d}-{slug}.json", c))


def nextday(d):
    """The calendar day after (APPC art. 91(2): the deemed refusal)."""
    import datetime

    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()


R25, R26, A76, A763 = "п. 25", "п. 26", "APPC art. 76", "APPC art. 76(3)"

# =============================================================================
# 1. Registration and the answer (п. 21, 25; APPC arts. 64(3), 76, 91(2))
# =============================================================================

# 001
due, w1 = A("2026-03-26", 15, "п. 25 answer")
n, w2 = left("2026-04-13", due, "open")
valid(1, "registered-answer-open", "п. 25: registered, the answer still open", ["п. 25", "APPC art. 76(2)"],
      "2026-04-13", [ev("2026-03-26", "registered", worker="w-1")],
      ["Registered Thu 26 Mar 2026", w1, w2, "no deemed refusal before the term ends"],
      "registered", [dl("response_due", due, "open", left_=n, rule=R25, by="worker", who="w-1")],
      next_=nxt("response_due", due, False, who="w-1"))

# 002
due, w1 = A("2026-03-26", 15, "п. 25 answer")
dn, w2 = A("2026-04-10", 2, "п. 25 (a) date notice after the answer of Fri 10 Apr")
prep, w3 = B("2026-05-19", 5, "п. 22 briefing")
n, w4 = left("2026-04-30", prep, "briefing open")
valid(2, "answered-and-date-told-on-time", "п. 25: answered and the date told in time, briefing open",
      ["п. 25", "п. 22"], "2026-04-30",
      [ev("2026-03-26", "registered"), ev("2026-04-10", "answered"),
       ev("2026-04-13", "date_notified", reception="2026-05-19", at="10:00:00")],
      [w1, "answered Fri 10 Apr: on time", w2 + "; told Mon 13 Apr: on time (the reception of Tue 19 May is far: the cap of the last working day before it does not bind)", w3, w4],
      "date_notified",
      [dl("response_due", due, "done_on_time", on="2026-04-10", rule=R25),
       dl("date_notice_due_after_answer", dn, "done_on_time", on="2026-04-13", rule=R25),
       dl("preparation_due", prep, "open", left_=n, rule="п. 22")],
      next_=nxt("preparation_due", prep, False))

# 003
due, w1 = A("2026-03-26", 15, "п. 25 answer")
k, w2 = late(due, "2026-04-20", "answered Mon 20 Apr, late")
dn, w3 = A("2026-04-20", 2, "п. 25 (a) date notice")
n, w4 = left("2026-04-21", dn, "date notice open")
valid(3, "answered-two-days-late", "п. 25: answered two working days late", ["п. 25", "APPC art. 76", "APPC art. 91(2)"],
      "2026-04-21", [ev("2026-03-26", "registered"), ev("2026-04-20", "answered")],
      ["Registered Thu 26 Mar 2026", w1, w2, "APPC art. 91(2): no answer by the term's end, a refusal is deemed from the next calendar day, Fri 17 Apr", w3, w4],
      "included",
      [dl("response_due", due, "done_late", on="2026-04-20", late_by=k, rule=R25),
       dl("date_notice_due_after_answer", dn, "open", left_=n)],
      [vio("response_due", due, "2026-04-20", k, A76)],
      next_=nxt("date_notice_due_after_answer", dn, False), deemed="2026-04-17")

# 004
due, w1 = A("2026-03-26", 15, "п. 25 answer")
k, w2 = late(due, "2026-04-20", "overdue on Mon 20 Apr")
valid(4, "never-answered-deemed-refusal", "APPC art. 91(2): never answered, a refusal deemed", ["п. 25", "APPC art. 76", "APPC art. 91(2)"],
      "2026-04-20", [ev("2026-03-26", "registered")],
      [w1, w2, "deemed refusal from the calendar day after the term, Fri 17 Apr",
       "the deadline is п. 25's; its violation, an answer not given in the term, cites APPC art. 76"],
      "registered", [dl("response_due", due, "overdue", late_by=k, rule=R25, by="worker")],
      [vio("response_due", due, None, k, A76)],
      next_=nxt("response_due", due, True), deemed="2026-04-17")

# 005
due, w1 = A("2026-03-26", 15, "п. 25 answer")
valid(5, "last-day-of-the-term", "п. 25: the term's last day, still open, no deemed refusal", ["п. 25", "APPC art. 91(2)"],
      "2026-04-16", [ev("2026-03-26", "registered")],
      [w1, "on Thu 16 Apr itself: open, 0 working days left after today; the refusal would be deemed only from Fri 17 Apr"],
      "registered", [dl("response_due", due, "open", left_=0)],
      next_=nxt("response_due", due, False))

# 006
due, w1 = A("2026-04-03", 15, "п. 25 answer")
valid(6, "deemed-refusal-from-a-saturday", "APPC art. 91(2): the term ends on a Friday, the refusal is deemed from Saturday",
      ["п. 25", "APPC art. 91(2)", "Civil Code art. 176(1)"],
      "2026-04-25", [ev("2026-04-03", "registered")],
      ["Registered Fri 3 Apr 2026", w1, "as of Sat 25 Apr: the due date has passed, 0 working days in (Fri 24 Apr, Sat 25 Apr]: overdue by 0",
       "the deemed refusal needs no act, so it is not moved to a working day: from Sat 25 Apr"],
      "registered", [dl("response_due", due, "overdue", late_by=0)],
      [vio("response_due", due, None, 0, A76)],
      next_=nxt("response_due", due, True), deemed="2026-04-25")

# 007
due, w1 = A("2026-05-08", 15, "п. 25 answer")
valid(7, "arrival-on-a-holiday", "п. 21: arrived on a holiday (7 May 2026), registered on the next working day",
      ["п. 21", "п. 25"], "2026-05-08",
      [ev("2026-05-07", "arrived", channel={"kind": "paper"}), ev("2026-05-08", "registered")],
      ["Thu 7 May 2026 is Defender of the Fatherland Day, a day off: registration due on the next working day, Fri 8 May; registered Fri 8 May: on time",
       w1, "as of Fri 8 May: 15 working days left"],
      "registered",
      [dl("registration_due", "2026-05-08", "done_on_time", on="2026-05-08", rule="п. 21"),
       dl("response_due", due, "open", left_=15)],
      next_=nxt("response_due", due, False))

# 008
due, w1 = A("2026-03-27", 15, "п. 25 answer")
n, w2 = left("2026-03-30", due, "open")
valid(8, "weekend-arrival-before-nauryz-registered-late", "п. 21: arrived Sat 21 Mar 2026, registered a working day late after Nauryz",
      ["п. 21", "п. 25"], "2026-03-30",
      [ev("2026-03-21", "arrived", channel={"kind": "e_appeals"}), ev("2026-03-27", "registered")],
      ["Sat 21 Mar; Sun 22; Mon 23 Nauryz; Tue 24 and Wed 25 carry-overs of 21 and 22 Mar: registration due Thu 26 Mar",
       "registered Fri 27 Mar: 1 working day late (27)", w1, w2],
      "registered",
      [dl("registration_due", "2026-03-26", "done_late", on="2026-03-27", late_by=1),
       dl("response_due", due, "open", left_=n)],
      [vio("registration_due", "2026-03-26", "2026-03-27", 1, "п. 21")],
      next_=nxt("response_due", due, False))

# 009
due, w1 = A("2026-02-10", 15, "п. 25 answer")
valid(9, "same-day-registration", "п. 21: arrived on a working day in working hours, registered that day",
      ["п. 4", "п. 21"], "2026-02-10",
      [ev("2026-02-10", "arrived", time="10:15:00", channel={"kind": "e_gov_portal"}),
       ev("2026-02-10", "registered", worker="w-3")],
      ["Tue 10 Feb 2026 a working day: registration due that day, done that day", w1, "15 working days left"],
      "registered",
      [dl("registration_due", "2026-02-10", "done_on_time", on="2026-02-10", who="w-3"),
       dl("response_due", due, "open", left_=15, who="w-3")],
      next_=nxt("response_due", due, False, who="w-3"))

# 010
due, w1 = A("2020-01-06", 15, "п. 25 answer")
valid(10, "working-sunday-2020", "п. 21: Sun 5 Jan 2020 was a working day (transfer to Fri 3 Jan): registered a day late",
      ["п. 21", "Labour Code art. 85(3)"], "2020-01-06",
      [ev("2020-01-05", "arrived", channel={"kind": "by_hand"}), ev("2020-01-06", "registered")],
      ["Sun 5 Jan 2020 is a working day by the transfer decree: registration due that day",
       "registered Mon 6 Jan: 1 working day late (6)", w1 + " (7 Jan Orthodox Christmas off)"],
      "registered",
      [dl("registration_due", "2020-01-05", "done_late", on="2020-01-06", late_by=1),
       dl("response_due", due, "open", left_=15)],
      [vio("registration_due", "2020-01-05", "2020-01-06", 1, "п. 21")],
      next_=nxt("response_due", due, False))

# 011
due, w1 = A("2026-03-13", 15, "п. 25 answer across Nauryz")
dn, w2 = A(due, 2, "п. 25 (a) date notice")
valid(11, "nauryz-answer-on-the-last-day", "п. 25: 15 working days across Nauryz 2026, answered on the last day",
      ["п. 25"], due,
      [ev("2026-03-13", "registered"), ev(due, "answered")],
      [w1 + " (9 Mar carry-over before it, 23-25 Mar off)", "answered that day: on time", w2, "2 working days left"],
      "included",
      [dl("response_due", due, "done_on_time", on=due),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", dn, False))

# 012
due, w1 = A("2026-04-28", 15, "п. 25 answer across the May holidays")
ans = after(due, 1)[0].isoformat()
dn, w2 = A(ans, 2, "п. 25 (a) date notice")
valid(12, "may-holidays-answer-a-day-late", "п. 25: across 1, 7 and 11 May 2026, answered one working day late",
      ["п. 25", "APPC art. 76"], ans,
      [ev("2026-04-28", "registered"), ev(ans, "answered")],
      [w1, f"answered {fmt(ans)}, the next working day: 1 late", f"deemed refusal from the calendar day after {fmt(due)}", w2],
      "included",
      [dl("response_due", due, "done_late", on=ans, late_by=1),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      [vio("response_due", due, ans, 1, A76)],
      next_=nxt("date_notice_due_after_answer", dn, False), deemed=nextday(due))

# 013
due, w1 = A("2027-03-05", 15, "п. 25 answer in 2027 (provisional)")
k, w2 = late(due, "2027-04-05", "overdue on Mon 5 Apr 2027")
valid(13, "provisional-2027-constitution-day", "п. 25 in 2027: 8 Mar, the new Constitution Day 15 Mar and Nauryz off; never answered",
      ["п. 25", "APPC art. 91(2)", "Law on holidays art. 2"], "2027-04-05",
      [ev("2027-03-05", "registered")],
      [w1, w2, f"deemed refusal from {fmt(nextday(due))}"],
      "registered", [dl("response_due", due, "overdue", late_by=k)],
      [vio("response_due", due, None, k, A76)],
      next_=nxt("response_due", due, True), deemed=nextday(due))

# 014
due, w1 = A("2024-04-29", 15, "п. 25 answer")
valid(14, "working-saturday-2024", "п. 25: Sat 4 May 2024 was a working day (transfer to Wed 8 May)",
      ["п. 25", "Labour Code art. 85(3)"], due,
      [ev("2024-04-29", "registered"), ev(due, "answered")],
      [w1 + " (1, 7, 8, 9 May off; Sat 4 May working)", "answered that day: on time"],
      "included",
      [dl("response_due", due, "done_on_time", on=due),
       dl("date_notice_due_after_answer", A(due, 2, "")[0], "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", A(due, 2, "")[0], False))

# 015
due, w1 = A("2024-12-27", 15, "п. 25 answer")
k, w2 = late(due, "2025-01-24", "answered Fri 24 Jan 2025")
valid(15, "new-year-2025-working-sunday", "п. 25 across New Year 2025: Sun 5 Jan worked, 3 and 7 Jan off; answered late",
      ["п. 25", "APPC art. 76"], "2025-01-24",
      [ev("2024-12-27", "registered"), ev("2025-01-24", "answered")],
      [w1, w2, f"deemed refusal from {fmt(nextday(due))}", "date notice: 2 working days after Fri 24 Jan: 27, 28 Jan -> Tue 28 Jan"],
      "included",
      [dl("response_due", due, "done_late", on="2025-01-24", late_by=k),
       dl("date_notice_due_after_answer", A("2025-01-24", 2, "")[0], "open", left_=2)],
      [vio("response_due", due, "2025-01-24", k, A76)],
      next_=nxt("date_notice_due_after_answer", A("2025-01-24", 2, "")[0], False), deemed=nextday(due))

# 016
due, w1 = A("2022-11-28", 15, "п. 25 answer")
valid(16, "december-2022-law-change", "п. 25 in Dec 2022: 1 Dec no longer a holiday, only 16 Dec off",
      ["п. 25", "Law on holidays art. 2"], "2022-12-19",
      [ev("2022-11-28", "registered")],
      [w1, "as of Mon 19 Dec: " + left("2022-12-19", due, "open")[1]],
      "registered", [dl("response_due", due, "open", left_=left("2022-12-19", due, "")[0])],
      next_=nxt("response_due", due, False))

# 017: a projected year, counted by hand (the calendar JSON stops at 2027)
valid(17, "projected-2028-estimated-kurban-ait", "RULES §1: a projected year (2028) takes the law's holidays and the estimated Kurban ait",
      ["п. 25", "RULES §1", "Law on holidays arts. 2, 5", "Labour Code art. 84(5)"], "2028-05-24",
      [ev("2028-04-28", "registered")],
      ["2028 is projected from the law alone (no calendar JSON for it; counted by hand): May 2028 days off are Mon 1 (Unity Day), "
       "Fri 5 (Kurban ait, the estimate of kurban_ait_estimates.json), Sun 7 Defender of the Fatherland Day carried over to Mon 8, Tue 9 (Victory Day)",
       "15 working days after Fri 28 Apr 2028: 2, 3, 4, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25 May -> Thu 25 May 2028",
       "as of Wed 24 May: 25 May left -> 1 (without the estimate it would wrongly end Wed 24 May)"],
      "registered", [dl("response_due", "2028-05-25", "open", left_=1)],
      next_=nxt("response_due", "2028-05-25", False))

# 018
due, w1 = A("2021-06-28", 15, "п. 25 answer")
k, w2 = late(due, "2021-07-23", "answered Fri 23 Jul 2021")
valid(18, "working-saturday-2021-and-kurban-ait", "п. 25 in 2021: Sat 3 Jul worked (transfer to Mon 5 Jul), 6 Jul and Kurban ait 20 Jul off",
      ["п. 25", "APPC art. 76", "Labour Code arts. 84(5), 85(3)"], "2021-07-23",
      [ev("2021-06-28", "registered"), ev("2021-07-23", "answered")],
      [w1, w2, f"deemed refusal from {fmt(nextday(due))}", "date notice (a): " + A("2021-07-23", 2, "")[1].split(": ", 1)[1]],
      "included",
      [dl("response_due", due, "done_late", on="2021-07-23", late_by=k),
       dl("date_notice_due_after_answer", A("2021-07-23", 2, "")[0], "open", left_=2)],
      [vio("response_due", due, "2021-07-23", k, A76)],
      next_=nxt("date_notice_due_after_answer", A("2021-07-23", 2, "")[0], False), deemed=nextday(due))

# 019
due, w1 = A("2023-06-26", 15, "п. 25 answer")
valid(19, "working-saturday-2023", "п. 25 in 2023: Kurban ait 28 Jun, Sat 1 Jul worked, 6 and 7 Jul off",
      ["п. 25", "Labour Code arts. 84(5), 85(3)"], "2023-07-03",
      [ev("2023-06-26", "registered", worker="w-9"), ev("2023-07-01", "answered")],
      [w1, "answered Sat 1 Jul 2023, a working day: on time", "date notice (a): " + A("2023-07-01", 2, "")[1].split(": ", 1)[1],
       left("2023-07-03", A("2023-07-01", 2, "")[0], "open")[1]],
      "included",
      [dl("response_due", due, "done_on_time", on="2023-07-01", who="w-9"),
       dl("date_notice_due_after_answer", A("2023-07-01", 2, "")[0], "open", left_=left("2023-07-03", A("2023-07-01", 2, "")[0], "")[0])],
      next_=nxt("date_notice_due_after_answer", A("2023-07-01", 2, "")[0], False, who="w-9"))

# 028
due, w1 = A("2018-08-20", 15, "п. 25 answer")
valid(28, "working-saturday-2018", "п. 25 in 2018: Kurban ait 21 Aug, Sat 25 Aug worked, 30 and 31 Aug off; arrived on the worked Saturday",
      ["п. 21", "п. 25"], "2018-08-25",
      [ev("2018-08-20", "registered")],
      [w1, left("2018-08-25", due, "open")[1]],
      "registered", [dl("response_due", due, "open", left_=left("2018-08-25", due, "")[0])],
      next_=nxt("response_due", due, False))

# =============================================================================
# 2. Extensions (п. 26, APPC art. 76(3))
# =============================================================================

# 020
r15, w1 = A("2026-03-26", 15, "the unextended term and the letter's deadline")
lim = cal_days("2026-03-26", 30).isoformat()
dn, w2 = A("2026-04-23", 2, "п. 25 (a) date notice")
valid(20, "letter-extension-in-time", "п. 26: a letter sent in time extends the term; answered within it",
      ["п. 26", "п. 25"], "2026-04-23",
      [ev("2026-03-26", "registered"), ev("2026-04-10", "extended_by_letter", until="2026-04-24"),
       ev("2026-04-23", "answered")],
      [w1, f"letter sent Fri 10 Apr: on time; 30 calendar days after Thu 26 Mar: Sat 25 Apr, moved to {fmt(lim)}: until Fri 24 Apr is within",
       "the term ends Fri 24 Apr (п. 26); answered Thu 23 Apr: on time", w2, "2 working days left"],
      "included",
      [dl("response_due", "2026-04-24", "done_on_time", on="2026-04-23", rule=R26),
       dl("extension_letter_due", r15, "done_on_time", on="2026-04-10", rule=R26),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", dn, False))

# 021
dn, w2 = A("2026-04-27", 2, "п. 25 (a) date notice")
valid(21, "letter-until-a-saturday", "п. 26: a letter until Sat 25 Apr 2026: the term ends Mon 27 Apr",
      ["п. 26", "APPC art. 76(5)", "Civil Code art. 175"], "2026-04-27",
      [ev("2026-03-26", "registered"), ev("2026-04-10", "extended_by_letter", until="2026-04-25"),
       ev("2026-04-27", "answered")],
      ["the 30-day limit: Thu 26 Mar + 30 = Sat 25 Apr -> Mon 27 Apr; until Sat 25 Apr is within",
       "a term ending on a day off ends on the next working day: Mon 27 Apr; answered Mon 27 Apr: on time", w2],
      "included",
      [dl("response_due", "2026-04-27", "done_on_time", on="2026-04-27"),
       dl("extension_letter_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", dn, False))

# 022
k, w1 = late("2026-04-16", "2026-04-22", "answered Wed 22 Apr against the unextended term")
dn, w2 = A("2026-04-22", 2, "п. 25 (a) date notice")
valid(22, "letter-sent-late-extends-nothing", "п. 26: a letter sent after the 15 working days extends nothing",
      ["п. 26", "п. 25", "APPC art. 76", "APPC art. 91(2)"], "2026-04-22",
      [ev("2026-03-26", "registered"), ev("2026-04-17", "extended_by_letter", until="2026-04-24"),
       ev("2026-04-22", "answered")],
      ["the letter was due within the 15 working days, by Thu 16 Apr; sent Fri 17 Apr: 1 late, and it extends nothing",
       "the term stays Thu 16 Apr", w1, "deemed refusal from Fri 17 Apr", w2],
      "included",
      [dl("response_due", "2026-04-16", "done_late", on="2026-04-22", late_by=k, rule=R25),
       dl("extension_letter_due", "2026-04-16", "done_late", on="2026-04-17", late_by=1, rule=R26),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      [vio("response_due", "2026-04-16", "2026-04-22", k, A76),
       vio("extension_letter_due", "2026-04-16", "2026-04-17", 1, R26)],
      next_=nxt("date_notice_due_after_answer", dn, False), deemed="2026-04-17")

# 023
mx = months("2026-04-15", 2).isoformat()
en, w1 = A("2026-04-15", 3, "п. 26 extension notice")
dn, w2 = A("2026-05-20", 2, "п. 25 (a) date notice")
valid(23, "decision-in-time-two-months-from-decision", "п. 26, APPC art. 76(3): a decision in time, two months from the decision (reading (a))",
      ["п. 26", "APPC art. 76(3)"], "2026-05-20",
      [ev("2026-03-26", "registered"), ev("2026-04-15", "extended_by_decision"),
       ev("2026-04-17", "extension_notice_sent"), ev("2026-05-20", "answered")],
      ["the decision is due within the term it extends, by Thu 16 Apr; decided Wed 15 Apr: on time",
       f"reading (a): Wed 15 Apr + 2 months = Mon 15 Jun (Civil Code art. 174(3)), a working day: {fmt(mx)}",
       w1 + "; sent Fri 17 Apr: on time", "answered Wed 20 May: on time", w2],
      "included",
      [dl("response_due", mx, "done_on_time", on="2026-05-20", rule=R26),
       dl("extension_decision_due", "2026-04-16", "done_on_time", on="2026-04-15", rule=A763),
       dl("extension_notice_due", en, "done_on_time", on="2026-04-17", rule=R26),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", dn, False))

# 024
mx = months("2026-03-26", 2).isoformat()
k, w1 = late(mx, "2026-05-28", "answered Thu 28 May")
dn, w2 = A("2026-05-28", 2, "п. 25 (a) date notice")
valid(24, "two-months-from-registration-answer-late", "п. 26 reading (b): two months from registration; answered a working day late across Kurban ait",
      ["п. 26", "APPC art. 76", "APPC art. 91(2)"], "2026-05-28",
      [ev("2026-03-26", "registered"), ev("2026-04-15", "extended_by_decision"),
       ev("2026-04-17", "extension_notice_sent"), ev("2026-05-28", "answered")],
      ["policy: two_months_from_registration", f"Thu 26 Mar + 2 months = Tue 26 May, a working day: {fmt(mx)}",
       w1 + " (Wed 27 May Kurban ait off)", "deemed refusal from Wed 27 May", "extension notice: 16, 17, 20 Apr -> Mon 20 Apr; sent Fri 17 Apr: on time", w2],
      "included",
      [dl("response_due", mx, "done_late", on="2026-05-28", late_by=k, rule=R26),
       dl("extension_decision_due", "2026-04-16", "done_on_time", on="2026-04-15"),
       dl("extension_notice_due", "2026-04-20", "done_on_time", on="2026-04-17"),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      [vio("response_due", mx, "2026-05-28", k, A76)],
      next_=nxt("date_notice_due_after_answer", dn, False), deemed="2026-05-27",
      reading=["two_months_from_registration"])

# 025
dn, w2 = A("2026-04-20", 2, "п. 25 (a) date notice")
valid(25, "decision-after-the-term", "APPC art. 76(3): a decision after the term ended extends nothing and is its own violation",
      ["п. 26", "APPC art. 76(3)", "APPC art. 76", "APPC art. 91(2)"], "2026-04-20",
      [ev("2026-03-26", "registered"), ev("2026-04-17", "extended_by_decision"), ev("2026-04-20", "answered")],
      ["the term ended Thu 16 Apr; the decision of Fri 17 Apr is 1 working day late and extends nothing (no notice deadline follows from it)",
       "answered Mon 20 Apr: 17, 20 -> 2 late", "deemed refusal from Fri 17 Apr", w2],
      "included",
      [dl("response_due", "2026-04-16", "done_late", on="2026-04-20", late_by=2, rule=R25),
       dl("extension_decision_due", "2026-04-16", "done_late", on="2026-04-17", late_by=1, rule=A763),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      [vio("response_due", "2026-04-16", "2026-04-20", 2, A76),
       vio("extension_decision_due", "2026-04-16", "2026-04-17", 1, A763)],
      next_=nxt("date_notice_due_after_answer", dn, False), deemed="2026-04-17")

# 026
mx = months("2026-04-23", 2).isoformat()
en, w1 = A("2026-04-23", 3, "п. 26 extension notice")
k, w2 = late(en, "2026-04-29", "notice sent Wed 29 Apr")
dn, w3 = A("2026-06-01", 2, "п. 25 (a) date notice")
valid(26, "decision-within-a-letter-notice-late", "п. 26: a decision within the term as extended by a letter; its notice a day late",
      ["п. 26", "APPC art. 76(3)"], "2026-06-01",
      [ev("2026-03-26", "registered", worker="w-5"), ev("2026-04-10", "extended_by_letter", until="2026-04-24"),
       ev("2026-04-23", "extended_by_decision"), ev("2026-04-29", "extension_notice_sent"),
       ev("2026-06-01", "answered")],
      ["letter sent Fri 10 Apr (due Thu 16 Apr): on time; the term ends Fri 24 Apr",
       "the decision is due within that term, by Fri 24 Apr; decided Thu 23 Apr: on time",
       f"reading (a): Thu 23 Apr + 2 months = Tue 23 Jun: {fmt(mx)}", w1, w2, "answered Mon 1 Jun: on time", w3],
      "included",
      [dl("response_due", mx, "done_on_time", on="2026-06-01"),
       dl("extension_letter_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("extension_decision_due", "2026-04-24", "done_on_time", on="2026-04-23"),
       dl("extension_notice_due", en, "done_late", on="2026-04-29", late_by=k, rule=R26),
       dl("date_notice_due_after_answer", dn, "open", left_=2)],
      [vio("extension_notice_due", en, "2026-04-29", k, R26)],
      next_=nxt("date_notice_due_after_answer", dn, False, who="w-5"))

# 027
mx = months("2026-04-15", 2).isoformat()
en, w1 = A("2026-04-15", 3, "п. 26 extension notice")
k, w2 = late(en, "2026-04-22", "not sent by Wed 22 Apr")
n, w3 = left("2026-04-22", mx, "answer open")
valid(27, "extension-notice-overdue", "п. 26: the applicant not told of the extension within 3 working days",
      ["п. 26"], "2026-04-22",
      [ev("2026-03-26", "registered"), ev("2026-04-15", "extended_by_decision")],
      [w1, w2, f"the term: Wed 15 Apr + 2 months = {fmt(mx)}", w3],
      "registered",
      [dl("response_due", mx, "open", left_=n),
       dl("extension_decision_due", "2026-04-16", "done_on_time", on="2026-04-15"),
       dl("extension_notice_due", en, "overdue", late_by=k)],
      [vio("extension_notice_due", en, None, k, R26)],
      next_=nxt("extension_notice_due", en, True))

# =============================================================================
# 3. The date and time, the briefing, the absence (п. 16, 22, 25)
# =============================================================================

BASE = [ev("2026-03-26", "registered"), ev("2026-04-10", "answered")]
RESP = dl("response_due", "2026-04-16", "done_on_time", on="2026-04-10")

# 030
dn, w1 = A("2026-04-10", 2, "п. 25 (a) date notice")
k, w2 = late(dn, "2026-04-15", "told Wed 15 Apr")
prep, w3 = B("2026-05-19", 5, "п. 22 briefing")
valid(30, "date-told-late-reading-a", "п. 25 (a): the date and time told a working day late",
      ["п. 25", "п. 22"], "2026-05-12",
      BASE + [ev("2026-04-15", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared")],
      [w1, w2, w3 + "; prepared Tue 12 May: on time", "nothing open or overdue: no next action"],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", dn, "done_late", on="2026-04-15", late_by=k),
       dl("preparation_due", prep, "done_on_time", on="2026-05-12")],
      [vio("date_notice_due_after_answer", dn, "2026-04-15", k, R25)])

# 031
dn, w1 = A("2026-04-10", 2, "п. 25 (a) date notice")
k, w2 = late(dn, "2026-04-20", "not told by Mon 20 Apr")
valid(31, "date-notice-overdue-reading-a", "п. 25 (a): the date and time never told after the answer",
      ["п. 25"], "2026-04-20", BASE,
      [w1, w2],
      "included",
      [RESP, dl("date_notice_due_after_answer", dn, "overdue", late_by=k)],
      [vio("date_notice_due_after_answer", dn, None, k, R25)],
      next_=nxt("date_notice_due_after_answer", dn, True))

# 032
sn, w1 = B("2026-05-19", 2, "п. 25 (b) date notice")
prep, w2 = B("2026-05-19", 5, "п. 22 briefing")
valid(32, "reading-b-told-in-time", "п. 25 (b): the date told at least 2 working days before the reception",
      ["п. 25", "п. 22"], "2026-05-14",
      BASE + [ev("2026-05-12", "briefing_prepared"), ev("2026-05-14", "date_notified", reception="2026-05-19", at="15:00:00")],
      ["policy: date_notice_before_reception (no notice counted from the answer)", w1 + "; told Thu 14 May: on time",
       w2 + "; prepared Tue 12 May: on time"],
      "date_notified",
      [RESP, dl("schedule_notice_due", sn, "done_on_time", on="2026-05-14", rule=R25),
       dl("preparation_due", prep, "done_on_time", on="2026-05-12")],
      reading=["date_notice_before_reception"])

# 033
sn, w1 = B("2026-05-19", 2, "п. 25 (b) date notice")
k, w2 = late(sn, "2026-05-18", "told Mon 18 May")
valid(33, "reading-b-told-late", "п. 25 (b): the date told the working day before the reception",
      ["п. 25"], "2026-05-18",
      BASE + [ev("2026-05-12", "briefing_prepared"), ev("2026-05-18", "date_notified", reception="2026-05-19")],
      ["policy: date_notice_before_reception", w1, w2],
      "date_notified",
      [RESP, dl("schedule_notice_due", sn, "done_late", on="2026-05-18", late_by=k),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12")],
      [vio("schedule_notice_due", sn, "2026-05-18", k, R25)],
      reading=["date_notice_before_reception"])

# 034
prep, w1 = B("2026-05-19", 5, "п. 22 briefing")
k, w2 = late(prep, "2026-05-13", "prepared Wed 13 May")
valid(34, "briefing-late", "п. 22: the briefing prepared a working day late",
      ["п. 22"], "2026-05-13",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-13", "briefing_prepared")],
      [w1 + " (11 May carry-over of Victory Day, 7 May holiday)", w2, "date notice (a): 13, 14 Apr -> Tue 14 Apr; told Mon 13 Apr: on time"],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", prep, "done_late", on="2026-05-13", late_by=k, rule="п. 22")],
      [vio("preparation_due", prep, "2026-05-13", k, "п. 22")])

# 035
prep, w1 = B("2026-05-19", 5, "п. 22 briefing")
k, w2 = late(prep, "2026-05-14", "not prepared by Thu 14 May")
valid(35, "briefing-overdue", "п. 22: the briefing not prepared, the reception near",
      ["п. 22"], "2026-05-14",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19")],
      [w1, w2],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", prep, "overdue", late_by=k)],
      [vio("preparation_due", prep, None, k, "п. 22")],
      next_=nxt("preparation_due", prep, True))

# 036
old_prep, w1 = B("2026-05-19", 5, "the first reception's briefing")
new_prep, w2 = B("2026-06-02", 5, "the new reception's briefing")
valid(36, "reception-moved-reading-a", "п. 22, 25: the reception moved before its briefing was due",
      ["п. 22", "п. 25"], new_prep,
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"),
              ev("2026-05-05", "date_notified", reception="2026-06-02"), ev(new_prep, "briefing_prepared")],
      ["date notice (a) counts the first notice: due Tue 14 Apr, told Mon 13 Apr: on time",
       w1 + "; moved on Tue 5 May, before it: no longer applicable",
       w2 + f" (27 May Kurban ait off); prepared {fmt(new_prep)}: on time"],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", new_prep, "done_on_time", on=new_prep),
       dl("preparation_due", old_prep, "no_longer_applicable")])

# 037
old_sn, w1 = B("2026-05-19", 2, "(b) notice of the first reception")
new_sn, w2 = B("2026-06-02", 2, "(b) notice of the new reception")
new_prep, w3 = B("2026-06-02", 5, "the new reception's briefing")
valid(37, "reception-moved-reading-b", "п. 25 (b): each reception set is told at least 2 working days before it",
      ["п. 22", "п. 25"], new_prep,
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"),
              ev("2026-05-05", "date_notified", reception="2026-06-02"), ev(new_prep, "briefing_prepared")],
      ["policy: date_notice_before_reception", w1 + "; told Mon 13 Apr: on time", w2 + "; told Tue 5 May: on time",
       "the first briefing (due Tue 12 May): moved on Tue 5 May, no longer applicable", w3 + ": prepared that day"],
      "date_notified",
      [RESP, dl("schedule_notice_due", new_sn, "done_on_time", on="2026-05-05"),
       dl("preparation_due", new_prep, "done_on_time", on=new_prep),
       dl("preparation_due", "2026-05-12", "no_longer_applicable"),
       dl("schedule_notice_due", old_sn, "done_on_time", on="2026-04-13")],
      reading=["date_notice_before_reception"])

# 038
ab, w1 = B("2026-05-19", 2, "п. 16 absence notice")
new_prep, w2 = B("2026-06-02", 5, "the new reception's briefing")
valid(38, "absence-notified-in-time-reception-moved", "п. 16: the official's absence notified in time; the reception moved and held",
      ["п. 16", "п. 22", "п. 13"], "2026-06-02",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-14", "absence_notified", cause_arose="2026-05-13"),
              ev("2026-05-15", "date_notified", reception="2026-06-02"), ev(new_prep, "briefing_prepared"),
              ev("2026-06-02", "reception_held", form="in_person", official="akim")],
      [w1 + "; the cause arose Wed 13 May, before that point: notified Thu 14 May, on time",
       "the first reception's briefing: due Tue 12 May, prepared Tue 12 May", w2 + ": prepared that day",
       "date notice (a): due Tue 14 Apr, told Mon 13 Apr", "held Tue 2 Jun on the day set"],
      "held",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", new_prep, "done_on_time", on=new_prep),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", ab, "done_on_time", on="2026-05-14", rule="п. 16", by="official")])

# 039
ab, w1 = B("2026-05-19", 2, "п. 16 absence notice")
new_prep, w2 = B("2026-06-02", 5, "the new reception's briefing")
n, w3 = left("2026-05-18", new_prep, "new briefing open")
valid(39, "absence-notified-late", "п. 16: the cause known early, the absence notified a working day late",
      ["п. 16"], "2026-05-18",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-18", "absence_notified", cause_arose="2026-05-11"),
              ev("2026-05-18", "date_notified", reception="2026-06-02")],
      [w1 + "; the cause arose Mon 11 May, before that point: due Fri 15 May", "notified Mon 18 May: 1 late (18)",
       w2, w3],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", new_prep, "open", left_=n),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", ab, "done_late", on="2026-05-18", late_by=1, by="official")],
      [vio("absence_notice_due", ab, "2026-05-18", 1, "п. 16")],
      next_=nxt("preparation_due", new_prep, False))

# 040
ab, w1 = B("2026-05-19", 2, "п. 16 two-working-day point")
new_prep, w2 = B("2026-06-09", 5, "the new reception's briefing")
n, w3 = left("2026-05-19", new_prep, "new briefing open")
valid(40, "absence-cause-arose-late-notified-on-the-day", "п. 16 (revised reading): a cause that arose after the 2-day point, notified on the reception day: timely",
      ["п. 16"], "2026-05-19",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-19", "absence_notified", cause_arose="2026-05-18"),
              ev("2026-05-19", "date_notified", reception="2026-06-09")],
      [w1 + "; the cause arose Mon 18 May, after it: any notice up to the reception day Tue 19 May is timely",
       "notified Tue 19 May: on time", w2, w3],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", new_prep, "open", left_=n),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", "2026-05-19", "done_on_time", on="2026-05-19", by="official")],
      next_=nxt("preparation_due", new_prep, False))

# 041
ab, w1 = B("2026-05-19", 2, "п. 16 two-working-day point")
valid(41, "absence-cause-on-the-two-day-point", "п. 16: a cause that arose on the 2-day point itself is not later than it: the notice after it is late",
      ["п. 16"], "2026-05-18",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-18", "absence_notified", cause_arose="2026-05-15"),
              ev("2026-05-18", "date_notified", reception="2026-06-09")],
      [w1 + "; the cause arose Fri 15 May, that very day, not after it: due Fri 15 May", "notified Mon 18 May: 1 late"],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", B("2026-06-09", 5, "")[0], "open", left_=left("2026-05-18", B("2026-06-09", 5, "")[0], "")[0]),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", ab, "done_late", on="2026-05-18", late_by=1, by="official")],
      [vio("absence_notice_due", ab, "2026-05-18", 1, "п. 16")],
      next_=nxt("preparation_due", B("2026-06-09", 5, "")[0], False))

# =============================================================================
# 4. The refusal and the hearing (п. 28, APPC art. 73)
# =============================================================================

REG = [ev("2026-03-26", "registered")]

# 045
hn, w1 = B("2026-04-10", 3, "п. 28 draft")
ob, w2 = A("2026-04-07", 2, "APPC art. 73 objections from the receipt")
valid(45, "refusal-after-a-timely-hearing", "п. 28: the draft sent in time, no objections, the reception refused",
      ["п. 28", "APPC art. 73"], "2026-04-10",
      REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-07", "draft_refusal_received"), ev("2026-04-10", "refused")],
      [w1 + "; sent Mon 6 Apr: on time", w2 + "; none by then: the applicant's step, never a violation, no longer applicable",
       "the refusal is the answer of п. 25: Fri 10 Apr, within the term (Thu 16 Apr)", "refused: no next action"],
      "refused",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-04-06", rule="п. 28"),
       dl("objection_due", ob, "no_longer_applicable", by="applicant", rule="APPC art. 73")])

# 046
hn, w1 = B("2026-04-10", 3, "п. 28 draft")
ob, w2 = A("2026-04-08", 2, "APPC art. 73 objections from the sending (receipt unknown)")
valid(46, "draft-sent-late", "п. 28: the draft refusal sent 2 working days before the refusal",
      ["п. 28", "APPC art. 73"], "2026-04-10",
      REG + [ev("2026-04-08", "draft_refusal_sent"), ev("2026-04-10", "refused")],
      [w1, "sent Wed 8 Apr: 1 late (8)", w2 + "; refused that day, so the objection is no longer applicable"],
      "refused",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("hearing_notice_due", hn, "done_late", on="2026-04-08", late_by=1),
       dl("objection_due", ob, "no_longer_applicable", by="applicant")],
      [vio("hearing_notice_due", hn, "2026-04-08", 1, "п. 28")])

# 047
hn, w1 = B("2026-04-14", 3, "п. 28 draft")
ob, w2 = A("2026-04-07", 2, "APPC art. 73 objections")
valid(47, "objections-received-then-refused", "APPC art. 73: the applicant objected in time; refused after hearing them",
      ["п. 28", "APPC art. 73"], "2026-04-14",
      REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-07", "draft_refusal_received"),
             ev("2026-04-08", "objections_received"), ev("2026-04-14", "refused")],
      [w1 + "; sent Mon 6 Apr: on time", w2 + "; received Wed 8 Apr: on time", "refused Tue 14 Apr: within the answer's term"],
      "refused",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-14"),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-04-06"),
       dl("objection_due", ob, "done_on_time", on="2026-04-08", by="applicant")])

# 048
hn, w1 = B("2026-04-10", 3, "п. 28 draft (and the receipt of a draft for a refusal that day)")
ob, w2 = A("2026-04-09", 2, "APPC art. 73 objections from the receipt")
k, w3 = late(hn, "2026-04-09", "received Thu 9 Apr")
valid(48, "draft-received-late-refused-while-objections-ran", "APPC art. 73: draft sent in time but received late; refused while the applicant could still object",
      ["APPC art. 73", "п. 28"], "2026-04-10",
      REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-09", "draft_refusal_received"), ev("2026-04-10", "refused")],
      [w1 + "; sent Mon 6 Apr: on time", w2 + "; refused Fri 10 Apr, before then, with no objections",
       "so the draft had to reach the applicant by Tue 7 Apr", w3, "the objection is no longer applicable (refused before its day)"],
      "refused",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-04-06"),
       dl("objection_due", ob, "no_longer_applicable", by="applicant"),
       dl("draft_receipt_due", hn, "done_late", on="2026-04-09", late_by=k, rule="APPC art. 73")],
      [vio("draft_receipt_due", hn, "2026-04-09", k, "APPC art. 73")])

# 049
hn, w1 = B("2026-04-20", 3, "п. 28 draft")
ob, w2 = A("2026-04-14", 2, "APPC art. 73 objections from the sending")
valid(49, "refusal-after-the-term", "п. 28, APPC art. 76: a refusal decided after the answer's term is a late answer",
      ["п. 28", "APPC art. 76", "APPC art. 91(2)"], "2026-04-20",
      REG + [ev("2026-04-14", "draft_refusal_sent"), ev("2026-04-20", "refused")],
      [w1 + "; sent Tue 14 Apr: on time", w2 + "; none, and it has passed: the applicant's step, no longer applicable",
       "the answer was due Thu 16 Apr; refused Mon 20 Apr: 17, 20 -> 2 late", "deemed refusal from Fri 17 Apr"],
      "refused",
      [dl("response_due", "2026-04-16", "done_late", on="2026-04-20", late_by=2),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-04-14"),
       dl("objection_due", ob, "no_longer_applicable", by="applicant")],
      [vio("response_due", "2026-04-16", "2026-04-20", 2, A76)],
      deemed="2026-04-17")

# 050
hn, w1 = B("2026-05-19", 3, "п. 28 draft")
ob, w2 = A("2026-05-13", 2, "APPC art. 73 objections")
valid(50, "refusal-on-the-reception-day", "п. 28 reading: the refusal replaces the reception, up to its day",
      ["п. 28", "п. 22"], "2026-05-19",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-13", "draft_refusal_sent"), ev("2026-05-13", "draft_refusal_received"),
              ev("2026-05-19", "refused")],
      [w1 + "; sent Wed 13 May: on time", w2 + "; none: no longer applicable", "refused on the reception's day: allowed",
       "briefing due Tue 12 May, prepared that day; date notice (a) due Tue 14 Apr, told Mon 13 Apr"],
      "refused",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-05-13"),
       dl("objection_due", ob, "no_longer_applicable", by="applicant")])

# 051
valid(51, "refused-final-answer-closed", "п. 33: a refused request given its final answer and closed",
      ["п. 33", "п. 28"], "2026-04-30",
      REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-07", "draft_refusal_received"), ev("2026-04-10", "refused"),
             ev("2026-04-13", "final_answer"), ev("2026-04-14", "closed")],
      ["as case 045, then the final answer and the closing: stage closed, no next action"],
      "closed",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("hearing_notice_due", "2026-04-07", "done_on_time", on="2026-04-06"),
       dl("objection_due", "2026-04-09", "no_longer_applicable", by="applicant")])

# =============================================================================
# 5. Correction and return, left without consideration, no appointment (п. 5, 6, 15)
# =============================================================================

# 055
rd, w1 = A("2026-04-01", 3, "APPC art. 64(7) return")
valid(55, "returned-in-time", "п. 6, APPC art. 64(7): not corrected, returned within 3 working days",
      ["п. 6", "APPC art. 64(7)"], "2026-04-30",
      REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01"), ev("2026-04-03", "returned")],
      ["the period ends Wed 1 Apr, a working day", w1 + "; returned Fri 3 Apr: on time",
       "returned before the answer's term: the answer is no longer applicable, no refusal deemed"],
      "returned",
      [dl("return_due", rd, "done_on_time", on="2026-04-03", rule="APPC art. 64(7)"),
       dl("response_due", "2026-04-16", "no_longer_applicable")])

# 056
end = on_or_after("2026-05-09").isoformat()
rd, w1 = A(end, 3, "APPC art. 64(7) return")
k, w2 = late(rd, "2026-05-18", "returned Mon 18 May")
r15, w3 = A("2026-04-29", 15, "п. 25 answer")
valid(56, "correction-period-ends-on-a-day-off-returned-late", "п. 6: a period ending Sat 9 May 2026 ends Tue 12 May; returned a day late",
      ["п. 6", "APPC art. 64(7)", "APPC art. 76(5)"], "2026-05-18",
      [ev("2026-04-29", "registered"), ev("2026-04-30", "correction_period_set", until="2026-05-09"), ev("2026-05-18", "returned")],
      ["Sat 9 May, Sun 10, Mon 11 (carry-over of Victory Day): the period ends Tue 12 May", w1, w2,
       w3 + "; returned before it: no longer applicable"],
      "returned",
      [dl("return_due", rd, "done_late", on="2026-05-18", late_by=k),
       dl("response_due", r15, "no_longer_applicable")],
      [vio("return_due", rd, "2026-05-18", k, "APPC art. 64(7)")])

# 057
valid(57, "corrected-in-time", "п. 6: corrected within the period, no return; answered",
      ["п. 6", "п. 25"], "2026-04-10",
      REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01"), ev("2026-03-31", "corrected"),
             ev("2026-04-10", "answered")],
      ["corrected Tue 31 Mar, within the period (Wed 1 Apr): the return (due Mon 6 Apr) is no longer applicable",
       "answered Fri 10 Apr: on time; date notice (a): 13, 14 Apr -> Tue 14 Apr, 2 left"],
      "included",
      [dl("return_due", "2026-04-06", "no_longer_applicable"), RESP,
       dl("date_notice_due_after_answer", "2026-04-14", "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", "2026-04-14", False))

# 058
rd, w1 = A("2026-04-01", 3, "APPC art. 64(7) return")
k, w2 = late(rd, "2026-04-08", "not returned by Wed 8 Apr")
n, w3 = left("2026-04-08", "2026-04-16", "answer open")
valid(58, "return-overdue", "APPC art. 64(7): not corrected, not returned",
      ["п. 6", "APPC art. 64(7)"], "2026-04-08",
      REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01")],
      [w1, w2, w3],
      "awaiting_correction",
      [dl("return_due", rd, "overdue", late_by=k), dl("response_due", "2026-04-16", "open", left_=n)],
      [vio("return_due", rd, None, k, "APPC art. 64(7)")],
      next_=nxt("return_due", rd, True))

# 059
valid(59, "left-without-consideration", "п. 5: no substance stated, left without consideration",
      ["п. 5"], "2026-04-30",
      REG + [ev("2026-03-30", "left_without_consideration")],
      ["left Mon 30 Mar, before the answer's term: no answer of this kind needed, no refusal deemed, no next action"],
      "left_without_consideration",
      [dl("response_due", "2026-04-16", "no_longer_applicable")])

# 060
valid(60, "no-appointment-prior-decision", "п. 15(2): no appointment, an administrative decision exists; that is the answer",
      ["п. 15", "п. 25"], "2026-04-30",
      REG + [ev("2026-04-01", "no_appointment", ground="prior_administrative_decision")],
      ["the applicant is answered (no appointment) Wed 1 Apr, within the term (Thu 16 Apr)"],
      "no_appointment",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-01")])

# 061
valid(61, "no-appointment-court-act-late", "п. 15(3): no appointment on a court act, told a working day after the term",
      ["п. 15", "APPC art. 76", "APPC art. 91(2)"], "2026-04-30",
      REG + [ev("2026-04-17", "no_appointment", ground="court_act_in_force")],
      ["the answer was due Thu 16 Apr; Fri 17 Apr: 1 late", "deemed refusal from Fri 17 Apr"],
      "no_appointment",
      [dl("response_due", "2026-04-16", "done_late", on="2026-04-17", late_by=1)],
      [vio("response_due", "2026-04-16", "2026-04-17", 1, A76)], deemed="2026-04-17")

# 062
valid(62, "no-appointment-request-returned", "п. 15(4): no appointment, the body returned the request",
      ["п. 15"], "2026-04-30",
      REG + [ev("2026-04-16", "no_appointment", ground="request_returned")],
      ["answered on the term's last day, Thu 16 Apr: on time"],
      "no_appointment",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-16")])

# =============================================================================
# 6. Forwarding (п. 15(1), APPC art. 65: 3 working days from the arrival)
# =============================================================================

# 065
fd, w1 = A("2026-03-02", 3, "forwarding")
valid(65, "forwarded-in-time", "п. 15(1), APPC art. 65: outside competence, forwarded within 3 working days",
      ["п. 15(1)", "APPC art. 65"], "2026-03-31",
      [ev("2026-03-02", "registered"), ev("2026-03-03", "no_appointment", ground="outside_competence"), ev("2026-03-05", "forwarded")],
      ["registered on the day it arrived (п. 21), Mon 2 Mar 2026", w1 + "; forwarded Thu 5 Mar: on time",
       "forwarded: this body's answer is no longer applicable, no refusal deemed"],
      "forwarded",
      [dl("forward_due", fd, "done_on_time", on="2026-03-05", rule="п. 15(1)"),
       dl("response_due", A("2026-03-02", 15, "")[0], "no_longer_applicable")])

# 066
fd, w1 = A("2026-03-02", 3, "forwarding from the arrival")
valid(66, "forwarded-late", "APPC art. 65: forwarded a working day late",
      ["п. 15(1)", "APPC art. 65"], "2026-03-31",
      [ev("2026-03-02", "arrived", channel={"kind": "paper"}), ev("2026-03-02", "registered"),
       ev("2026-03-06", "forwarded")],
      ["arrived and registered Mon 2 Mar", w1, "forwarded Fri 6 Mar: 1 late (6)"],
      "forwarded",
      [dl("registration_due", "2026-03-02", "done_on_time", on="2026-03-02"),
       dl("forward_due", fd, "done_late", on="2026-03-06", late_by=1),
       dl("response_due", A("2026-03-02", 15, "")[0], "no_longer_applicable")],
      [vio("forward_due", fd, "2026-03-06", 1, "п. 15(1)")])

# 067
fd, w1 = A("2026-03-02", 3, "forwarding from the arrival")
k, w2 = late(fd, "2026-03-10", "not forwarded by Tue 10 Mar")
valid(67, "to-be-forwarded-overdue", "п. 15(1): found outside competence, not yet forwarded",
      ["п. 15(1)", "APPC art. 65"], "2026-03-10",
      [ev("2026-03-02", "arrived"), ev("2026-03-02", "registered"),
       ev("2026-03-03", "no_appointment", ground="outside_competence")],
      [w1, w2 + " (Mon 9 Mar carry-over of 8 Mar off)", "outside competence: this body's answer is no longer applicable"],
      "to_be_forwarded",
      [dl("registration_due", "2026-03-02", "done_on_time", on="2026-03-02"),
       dl("forward_due", fd, "overdue", late_by=k),
       dl("response_due", A("2026-03-02", 15, "")[0], "no_longer_applicable")],
      [vio("forward_due", fd, None, k, "п. 15(1)")],
      next_=nxt("forward_due", fd, True))

# =============================================================================
# 7. The reception, the protocol, the instructions, the closing (п. 13, 19, 32, 33, 35)
# =============================================================================

LIFE = [ev("2026-03-26", "arrived", time="09:00:00", channel={"kind": "e_appeals"}),
        ev("2026-03-26", "registered", worker="w-17"), ev("2026-04-10", "answered"),
        ev("2026-04-13", "date_notified", reception="2026-05-19", at="10:00:00"),
        ev("2026-05-12", "briefing_prepared")]
LIFE_D = [dl("registration_due", "2026-03-26", "done_on_time", on="2026-03-26"), RESP,
          dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
          dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12")]
LIFE_W = "arrived and registered Thu 26 Mar 2026; answered Fri 10 Apr (due Thu 16 Apr); told Mon 13 Apr (due 13, 14 Apr -> Tue 14 Apr); briefing due Tue 12 May (18, 15, 14, 13, 12 May), prepared that day"

# 070
valid(70, "full-life-cycle-closed", "п. 13, 19, 32, 33: held, protocolled, the instruction executed, answered and closed",
      ["п. 19", "п. 32", "п. 33"], "2026-07-01",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person", official="first_head"),
              ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-30", "unit": "roads", "task": "repair the road"}]),
              ev("2026-06-25", "instruction_executed", instruction="1"), ev("2026-06-26", "final_answer"),
              ev("2026-06-29", "closed")],
      [LIFE_W, "instruction 1 due Tue 30 Jun, executed Thu 25 Jun: on time", "closed: no next action"],
      "closed",
      LIFE_D + [dl("instruction_due", "2026-06-30", "done_on_time", on="2026-06-25", rule="п. 19", by="unit", who="roads", instruction="1")])

# 071
k, w1 = late("2026-06-10", "2026-06-12", "instruction 2 executed Fri 12 Jun")
valid(71, "instructions-one-late-one-due-on-a-saturday", "п. 19, 32: an instruction due on a Saturday is due on Monday; another executed late",
      ["п. 19", "п. 32", "APPC art. 76(5)"], "2026-06-30",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"),
              ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-27", "unit": "roads"},
                                                          {"id": "2", "due": "2026-06-10", "unit": "housing"}]),
              ev("2026-06-12", "instruction_executed", instruction="2"),
              ev("2026-06-29", "instruction_executed", instruction="1")],
      [LIFE_W, "instruction 1 due Sat 27 Jun -> Mon 29 Jun; executed Mon 29 Jun: on time", "instruction 2 due Wed 10 Jun; " + w1],
      "protocolled",
      LIFE_D + [dl("instruction_due", "2026-06-29", "done_on_time", on="2026-06-29", instruction="1", who="roads"),
                dl("instruction_due", "2026-06-10", "done_late", on="2026-06-12", late_by=k, instruction="2", who="housing")],
      [vio("instruction_due", "2026-06-10", "2026-06-12", k, "п. 19", instruction="2")])

# 072
k, w1 = late("2026-06-10", "2026-06-15", "not executed by Mon 15 Jun")
valid(72, "instruction-overdue-next-action-by-the-unit", "п. 32: an instruction not executed; the next action is the unit's",
      ["п. 19", "п. 32"], "2026-06-15",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"),
              ev("2026-05-19", "protocol", instructions=[{"id": "7", "due": "2026-06-10", "unit": "housing", "task": "inspect the roof"}])],
      [LIFE_W, "instruction 7 due Wed 10 Jun; " + w1],
      "protocolled",
      LIFE_D + [dl("instruction_due", "2026-06-10", "overdue", late_by=k, instruction="7", by="unit", who="housing")],
      [vio("instruction_due", "2026-06-10", None, k, "п. 19", instruction="7")],
      next_=nxt("instruction_due", "2026-06-10", True, by="unit", who="housing", instruction="7"))

# 073
k, w1 = late("2026-06-10", "2026-06-15", "overdue until the closing Mon 15 Jun")
valid(73, "closed-with-an-instruction-never-executed", "п. 32, 33: closed with an instruction overdue: overdue until the closing, no next action",
      ["п. 32", "п. 33"], "2026-06-30",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"),
              ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-10", "unit": "housing"}]),
              ev("2026-06-12", "final_answer"), ev("2026-06-15", "closed")],
      [LIFE_W, "instruction 1 due Wed 10 Jun, never executed; " + w1 + " (not counted after the request left control)",
       "closed: no next action"],
      "closed",
      LIFE_D + [dl("instruction_due", "2026-06-10", "overdue", late_by=k, instruction="1")],
      [vio("instruction_due", "2026-06-10", None, k, "п. 19", instruction="1")])

# 074
valid(74, "closed-before-the-instruction-was-due", "п. 33: closed before an instruction's due date: no longer applicable",
      ["п. 33"], "2026-07-15",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"),
              ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-30", "unit": "housing"}]),
              ev("2026-06-12", "final_answer"), ev("2026-06-15", "closed")],
      [LIFE_W, "instruction 1 due Tue 30 Jun; the request closed Mon 15 Jun, before it: no longer applicable"],
      "closed",
      LIFE_D + [dl("instruction_due", "2026-06-30", "no_longer_applicable", instruction="1")])

# 075
n, w1 = left("2026-04-13", "2026-04-16", "open")
valid(75, "reassigned-to-a-new-worker", "п. 35: reassigned to a worker who has not had it; the deadlines are the new worker's",
      ["п. 35", "п. 25"], "2026-04-13",
      [ev("2026-03-26", "registered", worker="w-1"), ev("2026-04-01", "reassigned", worker="w-2")],
      ["answer due Thu 16 Apr", w1, "reassigned Wed 1 Apr to w-2: the responsible worker is w-2"],
      "registered",
      [dl("response_due", "2026-04-16", "open", left_=n, who="w-2")],
      next_=nxt("response_due", "2026-04-16", False, who="w-2"))

# 076
valid(76, "video-with-consent-by-a-deputy-akim", "п. 13: a deputy akim receives by videoconference with consent",
      ["п. 13", "п. 2"], "2026-05-19",
      LIFE + [ev("2026-05-19", "reception_held", form="videoconference_with_consent", official="akim_deputy")],
      [LIFE_W, "п. 2(2) akims' deputies may receive by videoconference (п. 13): held on the day set"],
      "held", LIFE_D)

# 077
valid(77, "restrictive-measures-unit-head", "п. 14: under restrictive measures any official receives by videoconference",
      ["п. 14"], "2026-05-19",
      LIFE + [ev("2026-05-19", "reception_held", form="under_restrictive_measures", official="unit_head")],
      [LIFE_W, "п. 14: only by videoconference, by any official of п. 2"],
      "held", LIFE_D)

# 078
valid(78, "as-of-before-the-first-event", "Nothing known yet: the evaluation before the first event",
      ["п. 21"], "2026-03-20",
      [ev("2026-03-26", "registered")],
      ["events dated after the date of the evaluation are not yet known: no stage, no deadline"],
      None, [])

# 079
k, w1 = late("2026-04-16", "2026-04-17", "overdue on Fri 17 Apr")
valid(79, "as-of-cuts-the-file", "The file as it stood: an answer dated later is not yet known",
      ["п. 25", "APPC art. 91(2)"], "2026-04-17",
      [ev("2026-03-26", "registered"), ev("2026-04-20", "answered")],
      ["as of Fri 17 Apr the answer of Mon 20 Apr is unknown", w1, "the refusal is deemed from Fri 17 Apr, which has come"],
      "registered",
      [dl("response_due", "2026-04-16", "overdue", late_by=k)],
      [vio("response_due", "2026-04-16", None, k, A76)],
      next_=nxt("response_due", "2026-04-16", True), deemed="2026-04-17")

# 080
due, w1 = A("2026-06-02", 15, "п. 25 answer")
valid(80, "oral-request-after-a-reception-of-another", "п. 21: an oral request entered in a protocol, registered the same day",
      ["п. 21", "п. 4"], "2026-06-02",
      [ev("2026-06-02", "arrived", channel={"kind": "oral", "number": "ОП-12", "recorded_on": "2026-06-02"}),
       ev("2026-06-02", "registered")],
      ["arrived and registered Tue 2 Jun 2026", w1 + " (Mon 6 Jul Capital Day off)"],
      "registered",
      [dl("registration_due", "2026-06-02", "done_on_time", on="2026-06-02"),
       dl("response_due", due, "open", left_=15)],
      next_=nxt("response_due", due, False))

# 081
due, w1 = A("2025-05-26", 15, "п. 25 answer")
valid(81, "kurban-ait-2025", "п. 25 across Kurban ait (Fri 6 Jun 2025)",
      ["п. 25", "Labour Code art. 84(5)"], "2025-06-16",
      [ev("2025-05-26", "registered")],
      [w1, left("2025-06-16", due, "open")[1]],
      "registered", [dl("response_due", due, "open", left_=left("2025-06-16", due, "")[0])],
      next_=nxt("response_due", due, False))

# 082
old_sn, w1 = B("2026-05-19", 2, "(b) notice of the first reception")
new_sn, w2 = B("2026-06-09", 2, "(b) notice of the new reception")
k, w3 = late(old_sn, "2026-05-18", "the first told Mon 18 May")
new_prep, w4 = B("2026-06-09", 5, "new briefing")
valid(82, "reading-b-first-reception-told-late-then-moved", "п. 25 (b): a reception told late and then moved stays a violation",
      ["п. 25"], "2026-05-25",
      BASE + [ev("2026-05-12", "briefing_prepared"), ev("2026-05-18", "date_notified", reception="2026-05-19"),
              ev("2026-05-19", "date_notified", reception="2026-06-09")],
      ["policy: date_notice_before_reception", w1, w3, w2 + "; told Tue 19 May: on time",
       "the briefing of Tue 12 May serves the new date too (prepared before it): new briefing " + w4 + ", done",
       "the first reception's briefing was due Tue 12 May: done Tue 12 May"],
      "date_notified",
      [RESP, dl("schedule_notice_due", new_sn, "done_on_time", on="2026-05-19"),
       dl("preparation_due", new_prep, "done_on_time", on="2026-05-12"),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("schedule_notice_due", old_sn, "done_late", on="2026-05-18", late_by=k)],
      [vio("schedule_notice_due", old_sn, "2026-05-18", k, R25)],
      reading=["date_notice_before_reception"])

# 083
valid(83, "left-without-consideration-closed", "п. 5, 33: left without consideration, then closed",
      ["п. 5", "п. 33"], "2026-04-30",
      REG + [ev("2026-03-30", "left_without_consideration"), ev("2026-03-31", "closed")],
      ["an ended request may be closed without a final answer", "closed: no next action"],
      "closed", [dl("response_due", "2026-04-16", "no_longer_applicable")])

# 084
dn, w1 = A("2026-04-10", 2, "date notice (a)")
valid(84, "final-answer-after-reception", "п. 33: the final reasoned answer after the reception, not yet closed",
      ["п. 33"], "2026-05-20",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"), ev("2026-05-20", "final_answer")],
      [LIFE_W, "final answer Wed 20 May: stage final_answer, nothing open"],
      "final_answer", LIFE_D)

# 085
mx = months("2026-01-30", 2).isoformat()
r15, w0 = A("2026-01-20", 15, "п. 25 answer")
en, w1 = A("2026-01-30", 3, "extension notice")
valid(85, "two-months-from-the-decision-short-month", "Civil Code art. 174(3): 30 Jan + 2 months = 30 Mar 2026",
      ["п. 26", "APPC art. 76(3)", "Civil Code art. 174(3)"], "2026-03-30",
      [ev("2026-01-20", "registered"), ev("2026-01-30", "extended_by_decision"), ev("2026-02-02", "extension_notice_sent"),
       ev("2026-03-30", "answered")],
      [w0 + "; decided Fri 30 Jan: within it", f"Fri 30 Jan + 2 months = Mon 30 Mar: {fmt(mx)}", w1 + "; sent Mon 2 Feb: on time",
       "answered Mon 30 Mar: on time; date notice (a): 31 Mar, 1 Apr -> Wed 1 Apr"],
      "included",
      [dl("response_due", mx, "done_on_time", on="2026-03-30"),
       dl("extension_decision_due", r15, "done_on_time", on="2026-01-30"),
       dl("extension_notice_due", en, "done_on_time", on="2026-02-02"),
       dl("date_notice_due_after_answer", "2026-04-01", "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", "2026-04-01", False))

# 086
mx = months("2025-12-31", 2).isoformat()
valid(86, "two-months-from-registration-end-of-february", "п. 26 (b): 31 Dec 2025 + 2 months = 28 Feb 2026, a Saturday: Mon 2 Mar",
      ["п. 26", "Civil Code art. 174(3)", "APPC art. 76(5)"], "2026-03-03",
      [ev("2025-12-31", "registered"), ev("2026-01-15", "extended_by_decision"), ev("2026-01-16", "extension_notice_sent")],
      ["policy: two_months_from_registration", f"Wed 31 Dec 2025 + 2 months: February has no 31st, so its last day Sat 28 Feb, moved to {fmt(mx)}",
       "the decision was due within 15 working days of Wed 31 Dec 2025: " + A("2025-12-31", 15, "")[1].split(": ", 1)[1] + "; decided Thu 15 Jan: on time",
       "extension notice: " + A("2026-01-15", 3, "")[1].split(": ", 1)[1] + "; sent Fri 16 Jan: on time",
       "no answer by Mon 2 Mar: on Tue 3 Mar 1 overdue, deemed refusal from Tue 3 Mar"],
      "registered",
      [dl("response_due", mx, "overdue", late_by=1),
       dl("extension_decision_due", A("2025-12-31", 15, "")[0], "done_on_time", on="2026-01-15"),
       dl("extension_notice_due", A("2026-01-15", 3, "")[0], "done_on_time", on="2026-01-16")],
      [vio("response_due", mx, None, 1, A76)],
      next_=nxt("response_due", mx, True), deemed=nextday(mx),
      reading=["two_months_from_registration"])

# 029
valid(29, "decision-after-the-letter-term", "п. 26, APPC art. 76(3): a decision after the term as extended by a letter extends nothing",
      ["п. 26", "APPC art. 76(3)", "APPC art. 76"], "2026-04-28",
      REG + [ev("2026-04-10", "extended_by_letter", until="2026-04-24"), ev("2026-04-27", "extended_by_decision"),
             ev("2026-04-28", "answered")],
      ["the letter (due Thu 16 Apr, sent Fri 10 Apr) extends the term to Fri 24 Apr",
       "the decision was due within that term; decided Mon 27 Apr: 1 late (27), extends nothing, no notice deadline",
       "answered Tue 28 Apr against Fri 24 Apr: 27, 28 -> 2 late; deemed refusal from Sat 25 Apr",
       "date notice (a): 29, 30 Apr -> Thu 30 Apr"],
      "included",
      [dl("response_due", "2026-04-24", "done_late", on="2026-04-28", late_by=2, rule=R26),
       dl("extension_letter_due", "2026-04-16", "done_on_time", on="2026-04-10"),
       dl("extension_decision_due", "2026-04-24", "done_late", on="2026-04-27", late_by=1),
       dl("date_notice_due_after_answer", "2026-04-30", "open", left_=2)],
      [vio("response_due", "2026-04-24", "2026-04-28", 2, A76),
       vio("extension_decision_due", "2026-04-24", "2026-04-27", 1, A763)],
      next_=nxt("date_notice_due_after_answer", "2026-04-30", False), deemed="2026-04-25")

# 044
hn, w1 = B("2026-04-15", 3, "п. 28 draft")
ob, w2 = A("2026-04-07", 2, "APPC art. 73 objections")
k, w3 = late(ob, "2026-04-13", "objections received Mon 13 Apr")
valid(44, "objections-late-never-a-violation", "APPC art. 73: the applicant's late objections are heard, never a violation",
      ["APPC art. 73", "п. 28"], "2026-04-15",
      REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-07", "draft_refusal_received"),
             ev("2026-04-13", "objections_received"), ev("2026-04-15", "refused")],
      [w1 + "; sent Mon 6 Apr: on time", w2, w3 + ": done late, the applicant's step: no violation", "refused Wed 15 Apr: within the term"],
      "refused",
      [dl("response_due", "2026-04-16", "done_on_time", on="2026-04-15"),
       dl("hearing_notice_due", hn, "done_on_time", on="2026-04-06"),
       dl("objection_due", ob, "done_late", on="2026-04-13", late_by=k, by="applicant")])

# 068
valid(68, "instruction-due-on-capital-day", "п. 19: an instruction due on Capital Day (Mon 6 Jul 2026) is due Tue 7 Jul",
      ["п. 19", "APPC art. 76(5)"], "2026-07-07",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person", official="unit_head_deputy"),
              ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-07-06", "unit": "culture"}]),
              ev("2026-07-07", "instruction_executed", instruction="1")],
      [LIFE_W, "Mon 6 Jul 2026 is Capital Day: the instruction is due the next working day, Tue 7 Jul; executed then: on time"],
      "protocolled",
      LIFE_D + [dl("instruction_due", "2026-07-07", "done_on_time", on="2026-07-07", instruction="1", who="culture", by="unit")])

# 069
valid(69, "letter-to-the-moved-thirty-day-limit", "п. 26: 30 calendar days end Sat 25 Apr, moved to Mon 27 Apr: a letter until Mon 27 Apr is within",
      ["п. 26"], "2026-04-27",
      REG + [ev("2026-04-16", "extended_by_letter", until="2026-04-27"), ev("2026-04-27", "answered")],
      ["the letter sent on the 15th working day, Thu 16 Apr: on time", "Thu 26 Mar + 30 = Sat 25 Apr -> Mon 27 Apr: until Mon 27 Apr is the limit itself",
       "answered Mon 27 Apr: on time; date notice (a): 28, 29 Apr -> Wed 29 Apr"],
      "included",
      [dl("response_due", "2026-04-27", "done_on_time", on="2026-04-27"),
       dl("extension_letter_due", "2026-04-16", "done_on_time", on="2026-04-16"),
       dl("date_notice_due_after_answer", "2026-04-29", "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", "2026-04-29", False))

# 052
valid(52, "arrived-not-registered", "п. 21: arrived, not registered: the registration overdue",
      ["п. 21"], "2026-04-03",
      [ev("2026-04-01", "arrived", channel={"kind": "paper"})],
      ["arrived Wed 1 Apr 2026, a working day: registration due that day", "not registered by Fri 3 Apr: 2, 3 Apr -> 2 overdue",
       "nothing else runs before the registration"],
      "arrived",
      [dl("registration_due", "2026-04-01", "overdue", late_by=2, rule="п. 21")],
      [vio("registration_due", "2026-04-01", None, 2, "п. 21")],
      next_=nxt("registration_due", "2026-04-01", True))

# 053
valid(53, "forwarded-and-closed", "п. 15(1), 33: forwarded, then taken off control without a final answer of this body",
      ["п. 15(1)", "п. 33"], "2026-03-31",
      [ev("2026-03-02", "registered"), ev("2026-03-04", "forwarded"), ev("2026-03-05", "closed")],
      ["registered Mon 2 Mar (the arrival day): forwarding due 3, 4, 5 Mar -> Thu 5 Mar; forwarded Wed 4 Mar: on time",
       "an ended request may be closed; the answer is no longer applicable"],
      "closed",
      [dl("forward_due", "2026-03-05", "done_on_time", on="2026-03-04"),
       dl("response_due", A("2026-03-02", 15, "")[0], "no_longer_applicable")])

# 054
r15, w0 = A("2026-04-28", 15, "п. 25 answer")
mx = months("2026-05-06", 2).isoformat()
valid(54, "two-months-onto-capital-day", "Civil Code art. 174(3), APPC art. 76(5): 6 May + 2 months = Mon 6 Jul 2026, Capital Day: the term ends Tue 7 Jul",
      ["п. 26", "APPC art. 76(3)", "Civil Code art. 174(3)"], "2026-07-07",
      [ev("2026-04-28", "registered"), ev("2026-05-06", "extended_by_decision"), ev("2026-05-08", "extension_notice_sent"),
       ev("2026-07-07", "answered")],
      [w0 + "; decided Wed 6 May: within it", f"Wed 6 May + 2 months = Mon 6 Jul, Capital Day, a day off: {fmt(mx)}",
       "notice: " + A("2026-05-06", 3, "")[1].split(": ", 1)[1] + "; sent Fri 8 May: on time", "answered Tue 7 Jul: on time",
       "date notice (a): " + A("2026-07-07", 2, "")[1].split(": ", 1)[1]],
      "included",
      [dl("response_due", mx, "done_on_time", on="2026-07-07"),
       dl("extension_decision_due", r15, "done_on_time", on="2026-05-06"),
       dl("extension_notice_due", A("2026-05-06", 3, "")[0], "done_on_time", on="2026-05-08"),
       dl("date_notice_due_after_answer", A("2026-07-07", 2, "")[0], "open", left_=2)],
      next_=nxt("date_notice_due_after_answer", A("2026-07-07", 2, "")[0], False))

# 063
sn, w1 = B("2026-05-19", 2, "п. 25 (b) date notice")
valid(63, "reading-b-date-told-again", "п. 25 (b): the date told in time and told again the day before: told in time",
      ["п. 25"], "2026-05-18",
      BASE + [ev("2026-05-12", "briefing_prepared"), ev("2026-05-14", "date_notified", reception="2026-05-19"),
              ev("2026-05-18", "date_notified", reception="2026-05-19", at="11:00:00")],
      ["policy: date_notice_before_reception", w1, "first told Thu 14 May: on time; told again Mon 18 May (same day, a time added): the applicant already knew: still on time"],
      "date_notified",
      [RESP, dl("schedule_notice_due", sn, "done_on_time", on="2026-05-14"),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12")],
      reading=["date_notice_before_reception"],
      pending="under reading (b) the crate measures the last notice of the reception now set: the date told again on Mon 18 May makes the notice done late by 1 (violation п. 25), though the applicant was told on Thu 14 May, in time")

# 064
valid(64, "corrected-late-still-returned", "п. 6: corrected after the period ended: still returned, in time",
      ["п. 6", "APPC art. 64(7)"], "2026-04-30",
      REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01"), ev("2026-04-03", "corrected"), ev("2026-04-06", "returned")],
      ["the period ended Wed 1 Apr; corrected Fri 3 Apr, too late: the request is returned",
       "return due 2, 3, 6 Apr -> Mon 6 Apr; returned Mon 6 Apr: on time", "returned before the answer's term: no answer needed"],
      "returned",
      [dl("return_due", "2026-04-06", "done_on_time", on="2026-04-06"),
       dl("response_due", "2026-04-16", "no_longer_applicable")])

# 087
k, w1 = late("2026-04-24", "2026-04-27", "overdue on Mon 27 Apr")
valid(87, "letter-term-deemed-refusal", "п. 26 reading (a) of the letter, APPC art. 91(2): the letter's term ends Fri 24 Apr, a refusal is deemed from Sat 25 Apr",
      ["п. 26", "APPC art. 91(2)"], "2026-04-27",
      REG + [ev("2026-04-10", "extended_by_letter", until="2026-04-24")],
      ["the letter (sent Fri 10 Apr, due by Thu 16 Apr) extends the term to Fri 24 Apr for every purpose (the regulation's reading, the default)",
       w1, "deemed refusal from the calendar day after Fri 24 Apr: Sat 25 Apr"],
      "registered",
      [dl("response_due", "2026-04-24", "overdue", late_by=k, rule=R26),
       dl("extension_letter_due", "2026-04-16", "done_on_time", on="2026-04-10")],
      [vio("response_due", "2026-04-24", None, k, A76)],
      next_=nxt("response_due", "2026-04-24", True), deemed="2026-04-25")

# 088
ob, w1 = A("2026-05-13", 2, "APPC art. 73 objections from the sending")
valid(88, "draft-refusal-sent-then-reception-held", "п. 28: a draft refusal sent, then the reception held after all",
      ["п. 28", "APPC art. 73"], "2026-05-19",
      LIFE + [ev("2026-05-13", "draft_refusal_sent"), ev("2026-05-19", "reception_held", form="in_person")],
      [LIFE_W, "no refusal decided: no deadline for its draft", w1 + "; none: the applicant's step, no longer applicable once passed"],
      "held",
      LIFE_D + [dl("objection_due", ob, "no_longer_applicable", by="applicant")])

# 089
k, w1 = late("2026-06-10", "2026-06-12", "not executed by Fri 12 Jun")
valid(89, "two-instructions-due-the-same-day", "п. 32: two instructions due the same day, both overdue: two violations, each naming its instruction",
      ["п. 19", "п. 32"], "2026-06-12",
      LIFE + [ev("2026-05-19", "reception_held", form="in_person"),
              ev("2026-05-19", "protocol", instructions=[{"id": "a", "due": "2026-06-10", "unit": "roads"},
                                                          {"id": "b", "due": "2026-06-10", "unit": "roads"}])],
      [LIFE_W, "instructions a and b due Wed 10 Jun; " + w1 + " each"],
      "protocolled",
      LIFE_D + [dl("instruction_due", "2026-06-10", "overdue", late_by=k, instruction="a"),
                dl("instruction_due", "2026-06-10", "overdue", late_by=k, instruction="b")],
      [vio("instruction_due", "2026-06-10", None, k, "п. 19", instruction="a"),
       vio("instruction_due", "2026-06-10", None, k, "п. 19", instruction="b")],
      next_=nxt("instruction_due", "2026-06-10", True, by="unit", who="roads", instruction="a"))

# 042
new_prep, w2 = B("2026-06-09", 5, "the new reception's briefing")
valid(42, "absence-notified-after-the-reception-day", "п. 16: a notice after the reception's day is late, not impossible",
      ["п. 16"], "2026-05-20",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-20", "absence_notified", cause_arose="2026-05-18"),
              ev("2026-05-20", "date_notified", reception="2026-06-09")],
      ["the 2-day point is Fri 15 May; the cause arose Mon 18 May, after it: timely up to the reception day Tue 19 May",
       "notified Wed 20 May: 1 late (20)", w2],
      "date_notified",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", new_prep, "open", left_=left("2026-05-20", new_prep, "")[0]),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", "2026-05-19", "done_late", on="2026-05-20", late_by=1, by="official")],
      [vio("absence_notice_due", "2026-05-19", "2026-05-20", 1, "п. 16")],
      next_=nxt("preparation_due", new_prep, False))

# 043
new_sn, w1 = B("2026-06-02", 2, "(b) notice of the new reception")
valid(43, "reading-b-absence-and-new-date", "п. 16, 25 (b): the reception called off by the official and set again; each date told 2 working days before",
      ["п. 16", "п. 25"], "2026-05-29",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-13", "absence_notified", cause_arose="2026-05-13"),
              ev("2026-05-14", "date_notified", reception="2026-06-02"), ev("2026-05-25", "briefing_prepared")],
      ["policy: date_notice_before_reception", "the first reception Tue 19 May: told Mon 13 Apr (due Fri 15 May: 18, 15): on time; briefing due Tue 12 May: done",
       "absence: due Fri 15 May, notified Wed 13 May: on time", w1 + "; told Thu 14 May: on time",
       "new briefing: " + B("2026-06-02", 5, "")[1].split(": ", 1)[1] + "; prepared Mon 25 May: on time"],
      "date_notified",
      [RESP, dl("schedule_notice_due", new_sn, "done_on_time", on="2026-05-14"),
       dl("preparation_due", B("2026-06-02", 5, "")[0], "done_on_time", on="2026-05-25"),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("schedule_notice_due", "2026-05-15", "done_on_time", on="2026-04-13"),
       dl("absence_notice_due", "2026-05-15", "done_on_time", on="2026-05-13", by="official")],
      reading=["date_notice_before_reception"])

# =============================================================================
# 8. Pending: the crate disagrees with the revised RULES.md (PENDING.md)
# =============================================================================

# 090: forwarding from the arrival
fd, w1 = A("2026-05-07", 3, "forwarding from the arrival")
valid(90, "forwarding-counted-from-a-holiday-arrival", "п. 15 (revised), APPC art. 65(1): forwarding counted from the arrival on a holiday",
      ["п. 15(1)", "APPC art. 65"], "2026-05-29",
      [ev("2026-05-07", "arrived"), ev("2026-05-08", "registered"),
       ev("2026-05-11", "no_appointment", ground="outside_competence"), ev("2026-05-14", "forwarded")],
      ["arrived Thu 7 May 2026 (holiday), registered Fri 8 May: on time", w1 + " (11 May carry-over of Victory Day)",
       "forwarded Thu 14 May: 1 late (14)"],
      "forwarded",
      [dl("registration_due", "2026-05-08", "done_on_time", on="2026-05-08"),
       dl("forward_due", fd, "done_late", on="2026-05-14", late_by=1),
       dl("response_due", A("2026-05-08", 15, "")[0], "no_longer_applicable")],
      [vio("forward_due", fd, "2026-05-14", 1, "п. 15(1)")],
      pending="forward_due counted from the registration (Fri 8 May: 12, 13, 14 -> Thu 14 May, on time) instead of the arrival (Thu 7 May: 8, 12, 13 -> Wed 13 May); issue 15 item 1")

# 091: the п. 25 (a) notice capped by the reception
valid(91, "date-notice-capped-by-the-reception", "п. 25 (a) revised: the date notice never later than the last working day before the reception",
      ["п. 25"], "2026-05-12",
      [ev("2026-03-26", "registered"), ev("2026-04-30", "briefing_prepared"), ev("2026-05-06", "answered"),
       ev("2026-05-12", "date_notified", reception="2026-05-12")],
      ["registered Thu 26 Mar 2026: the answer was due Thu 16 Apr; answered Wed 6 May",
       "(a): 2 working days after Wed 6 May: 8, 12 May -> Tue 12 May; but the reception is Tue 12 May: the last working day before it is Fri 8 May (11 May carry-over): due Fri 8 May",
       "told Tue 12 May: 1 late (12)", "briefing: 5 working days before Tue 12 May: 30 Apr, 4, 5, 6, 8 May -> Thu 30 Apr: prepared that day",
       "answer: " + late("2026-04-16", "2026-05-06", "")[1].split(": ", 1)[1] + " late, deemed refusal from Fri 17 Apr"],
      "date_notified",
      [dl("response_due", "2026-04-16", "done_late", on="2026-05-06", late_by=late("2026-04-16", "2026-05-06", "")[0]),
       dl("date_notice_due_after_answer", "2026-05-08", "done_late", on="2026-05-12", late_by=1),
       dl("preparation_due", "2026-04-30", "done_on_time", on="2026-04-30")],
      [vio("response_due", "2026-04-16", "2026-05-06", late("2026-04-16", "2026-05-06", "")[0], A76),
       vio("date_notice_due_after_answer", "2026-05-08", "2026-05-12", 1, R25)],
      deemed="2026-04-17",
      pending="date_notice_due_after_answer not capped by the reception: the crate gives Tue 12 May (answer + 2 working days), done on time; issue 15 item 2")

# 092: an absence notice does not cancel the reception
valid(92, "absence-then-held-by-a-deputy", "п. 16 revised, п. 9: the absence notice does not cancel the reception; a deputy holds it that day",
      ["п. 16", "п. 9"], "2026-05-19",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-12", "briefing_prepared"),
              ev("2026-05-14", "absence_notified", cause_arose="2026-05-13"),
              ev("2026-05-19", "reception_held", form="in_person", official="first_head_deputy")],
      ["the reception of Tue 19 May stays set after the notice; held by a deputy on that day",
       "absence notice due Fri 15 May (2 working days before: 18, 15), notified Thu 14 May: on time",
       "briefing due Tue 12 May, prepared that day"],
      "held",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", "2026-05-12", "done_on_time", on="2026-05-12"),
       dl("absence_notice_due", "2026-05-15", "done_on_time", on="2026-05-14", by="official")],
      pending="the crate refuses reception_held after an absence notice (Impossible::Without date_notified): it takes the notice to cancel the reception; issue 15 item 6")

# 093: a video reception by an official п. 13 does not name
valid(93, "video-by-the-head-of-apparatus", "п. 13 revised: a video reception by the head of the apparatus happened: a violation, not impossible",
      ["п. 13", "п. 2"], "2026-05-19",
      LIFE + [ev("2026-05-19", "reception_held", form="videoconference_with_consent", official="head_of_apparatus")],
      [LIFE_W, "the reception is recorded; п. 13 names only heads of local executive bodies and their deputies: a violation of п. 13 (no deadline kind exists for it yet)"],
      "held", LIFE_D,
      [{"deadline": None, "due": None, "on": "2026-05-19", "late_by_working_days": 0, "rule": "п. 13"}],
      pending="video_not_for_role: the crate refuses the reception as impossible (Impossible::VideoNotForRole, п. 13); RULES §3 п. 13-14: it happened and is a violation; issue 15 item 9")

# 094: reassignment to a worker who had it
valid(94, "reassigned-back-to-a-previous-worker", "п. 35 revised: a reassignment to a worker who had the request is a violation, recorded",
      ["п. 35"], "2026-04-13",
      [ev("2026-03-26", "registered", worker="w-1"), ev("2026-04-01", "reassigned", worker="w-2"),
       ev("2026-04-06", "reassigned", worker="w-1")],
      ["the reassignment happened: recorded; w-1 had the request: a violation of п. 35 (no deadline kind exists for it yet)",
       "answer due Thu 16 Apr, open: 14, 15, 16 Apr -> 3 left"],
      "registered",
      [dl("response_due", "2026-04-16", "open", left_=3, who="w-1")],
      [{"deadline": None, "due": None, "on": "2026-04-06", "late_by_working_days": 0, "rule": "п. 35"}],
      next_=nxt("response_due", "2026-04-16", False, who="w-1"),
      pending="worker_had_request: the crate refuses the reassignment as impossible (Impossible::WorkerHadRequest, п. 35); RULES §3 п. 35: a violation, recorded")

# 095: an after-hours arrival time with no closing time
valid(95, "arrival-time-without-a-closing-time", "п. 21, APPC art. 64(3): an arrival at 21:40 registered the next working day is not late",
      ["п. 21", "APPC art. 64(3)"], "2026-04-02",
      [ev("2026-04-01", "arrived", time="21:40:00", channel={"kind": "e_gov_portal"}), ev("2026-04-02", "registered")],
      ["arrived Wed 1 Apr 2026 at 21:40, after the end of any working day: registered on the next working day, Thu 2 Apr (APPC art. 64(3)): on time",
       "answer: " + A("2026-04-02", 15, "")[1].split(": ", 1)[1]],
      "registered",
      [dl("registration_due", "2026-04-02", "done_on_time", on="2026-04-02"),
       dl("response_due", A("2026-04-02", 15, "")[0], "open", left_=15)],
      next_=nxt("response_due", A("2026-04-02", 15, "")[0], False),
      pending="no closing time in the policy (and none settable in the case-file protocol): the crate takes the arrival as in working hours, registration due Wed 1 Apr, done late by 1; issue 15 item 9 (display faults)")

# 098: forwarding from the arrival, the registration late
valid(98, "forwarding-counted-from-the-arrival-registration-late", "п. 15 (revised), APPC art. 65(1): arrived Wed 1 Apr, registered late Fri 3 Apr; forwarding still counted from the arrival",
      ["п. 15(1)", "APPC art. 65", "п. 21"], "2026-04-30",
      [ev("2026-04-01", "arrived"), ev("2026-04-03", "registered"), ev("2026-04-07", "forwarded")],
      ["registration due Wed 1 Apr; registered Fri 3 Apr: 2, 3 -> 2 late",
       "forwarding: 3 working days after the arrival Wed 1 Apr: 2, 3, 6 Apr -> Mon 6 Apr; forwarded Tue 7 Apr: 1 late"],
      "forwarded",
      [dl("registration_due", "2026-04-01", "done_late", on="2026-04-03", late_by=2),
       dl("forward_due", "2026-04-06", "done_late", on="2026-04-07", late_by=1),
       dl("response_due", A("2026-04-03", 15, "")[0], "no_longer_applicable")],
      [vio("registration_due", "2026-04-01", "2026-04-03", 2, "п. 21"),
       vio("forward_due", "2026-04-06", "2026-04-07", 1, "п. 15(1)")],
      pending="forward_due counted from the registration (Fri 3 Apr: 6, 7, 8 -> Wed 8 Apr, forwarded on time) instead of the arrival (Mon 6 Apr); issue 15 item 1")

# 096: a briefing skipped, the reception held
k, w1 = late("2026-05-12", "2026-05-19", "overdue until the reception was held, Tue 19 May")
valid(96, "briefing-skipped-reception-held", "п. 22: a briefing never prepared stops being needed when the reception is held",
      ["п. 22"], "2026-06-15",
      BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"),
              ev("2026-05-19", "reception_held", form="in_person")],
      ["briefing due Tue 12 May (18, 15, 14, 13, 12 May), never prepared", w1,
       "after the reception it can no longer be prepared for it: the violation stands, the count stops, and it is no next action"],
      "held",
      [RESP, dl("date_notice_due_after_answer", "2026-04-14", "done_on_time", on="2026-04-13"),
       dl("preparation_due", "2026-05-12", "overdue", late_by=k)],
      [vio("preparation_due", "2026-05-12", None, k, "п. 22")],
      pending="the crate keeps the briefing overdue after the reception was held: late_by counts to the date of the evaluation (23 working days in (Tue 12 May, Mon 15 Jun], not 5), and the next action is a briefing for a reception already held; as for a moved reception (counted to the move), the count should stop at the reception")

# 097: the extension notice never sent, the answer given
k, w1 = late("2026-04-20", "2026-05-20", "overdue until the answer, Wed 20 May")
valid(97, "extension-notice-never-sent-answered", "п. 26: a notice of the extension never sent stops being needed when the answer is given",
      ["п. 26"], "2026-06-30",
      REG + [ev("2026-04-15", "extended_by_decision"), ev("2026-05-20", "answered"),
             ev("2026-05-21", "date_notified", reception="2026-06-30"), ev("2026-06-22", "briefing_prepared"),
             ev("2026-06-30", "reception_held", form="in_person")],
      ["notice due Mon 20 Apr (16, 17, 20 Apr), never sent", w1,
       "the term (Wed 15 Apr + 2 months = Mon 15 Jun) was met by the answer of Wed 20 May; date notice (a) due Fri 22 May, told Thu 21 May; briefing due Tue 23 Jun, prepared Mon 22 Jun",
       "no next action: nothing left to tell of the extension"],
      "held",
      [dl("response_due", "2026-06-15", "done_on_time", on="2026-05-20"),
       dl("extension_decision_due", "2026-04-16", "done_on_time", on="2026-04-15"),
       dl("extension_notice_due", "2026-04-20", "overdue", late_by=k),
       dl("date_notice_due_after_answer", "2026-05-22", "done_on_time", on="2026-05-21"),
       dl("preparation_due", "2026-06-23", "done_on_time", on="2026-06-22")],
      [vio("extension_notice_due", "2026-04-20", None, k, R26)],
      pending="the crate keeps the extension notice overdue after the answer: late_by counts to the date of the evaluation, (47 working days in (Mon 20 Apr, Tue 30 Jun], not 19 up to the answer), and the next action stays the notice of an extension whose term the answer already met")

# =============================================================================
# 9. Invalid: events that cannot have happened (case::Impossible)
# =============================================================================

invalid(101, "before-previous", "Events in order: a briefing dated before the answer recorded before it", ["п. 22"],
        [ev("2026-03-26", "registered"), ev("2026-04-10", "answered"), ev("2026-04-09", "briefing_prepared")],
        ["the third event (position 2) is dated Thu 9 Apr, before the answer of Fri 10 Apr recorded before it: an order error, named by the briefing's own rule (п. 22)"],
        2, "briefing_prepared", "п. 22", "before_previous")
invalid(102, "answered-not-registered", "п. 21: an answer with no registration", ["п. 21"],
        [ev("2026-03-26", "answered")],
        ["every event but the arrival needs the registration before it"], 0, "answered", "п. 21", "not_registered")
invalid(103, "after-closing", "п. 33: an event after the request was closed", ["п. 33"],
        REG + [ev("2026-03-30", "left_without_consideration"), ev("2026-03-31", "closed"), ev("2026-04-01", "answered")],
        ["closed Tue 31 Mar: the answer after it cannot be recorded"], 3, "answered", "п. 33", "after_closing")
invalid(104, "answered-twice", "п. 25: the answer recorded twice", ["п. 25"],
        REG + [ev("2026-04-10", "answered"), ev("2026-04-13", "answered")],
        ["an answer happens once"], 2, "answered", "п. 25", "twice")
invalid(105, "arrival-not-first", "п. 21: an arrival after the registration", ["п. 21"],
        REG + [ev("2026-03-27", "arrived")],
        ["the arrival is the first event, if recorded"], 1, "arrived", "п. 4", "arrival_not_first")
invalid(106, "registered-before-arrival", "п. 21: registered the day before it arrived", ["п. 21"],
        [ev("2026-11-28", "arrived"), ev("2026-11-27", "registered")],
        ["arrived Sat 28 Nov 2026, registered Fri 27 Nov: before the arrival"], 1, "registered", "п. 21", "registered_before_arrival")
invalid(107, "registered-on-a-holiday", "п. 21: registered on 7 May 2026, a holiday", ["п. 21"],
        [ev("2026-05-07", "registered")],
        ["Thu 7 May 2026, Defender of the Fatherland Day, is not a working day: no registration that day"], 0, "registered", "п. 21", "registered_on_day_off")
invalid(108, "answered-after-left-without-consideration", "п. 5: an answer after the request was left without consideration", ["п. 5"],
        REG + [ev("2026-03-30", "left_without_consideration"), ev("2026-04-10", "answered")],
        ["the request ended Mon 30 Mar"], 2, "answered", "п. 25", "already_ended")
invalid(109, "extension-notice-without-decision", "п. 26: a notice of an extension never decided", ["п. 26"],
        REG + [ev("2026-04-10", "extension_notice_sent")],
        ["the notice needs the decision it tells of"], 1, "extension_notice_sent", "APPC art. 76(3)", "without")
invalid(110, "correction-period-ends-before-set", "п. 6: a correction period ending before it was set", ["п. 6"],
        REG + [ev("2026-03-30", "correction_period_set", until="2026-03-27")],
        ["set Mon 30 Mar, until Fri 27 Mar"], 1, "correction_period_set", "п. 6", "correction_period_ends_before_set")
invalid(111, "returned-while-the-period-runs", "APPC art. 64(7): returned on the period's last day", ["п. 6", "APPC art. 64(7)"],
        REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01"), ev("2026-04-01", "returned")],
        ["the applicant may correct until the end of Wed 1 Apr: no return that day"], 2, "returned", "APPC art. 64(7)", "return_not_due")
invalid(112, "reception-set-in-the-past", "п. 25: a reception set on a day already past", ["п. 25"],
        REG + [ev("2026-04-10", "answered"), ev("2026-04-13", "date_notified", reception="2026-04-10")],
        ["told Mon 13 Apr of a reception on Fri 10 Apr"], 2, "date_notified", "п. 25", "reception_in_the_past")
invalid(113, "held-on-another-day", "п. 25: a reception held on a day other than the one set", ["п. 25"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-20", "reception_held", form="in_person")],
        ["set for Tue 19 May, held Wed 20 May without a new date told"], 3, "reception_held", "п. 25", "held_on_other_day")
invalid(114, "refused-without-a-draft", "п. 28: a refusal without the draft sent for a hearing", ["п. 28"],
        REG + [ev("2026-04-10", "refused")],
        ["the draft refusal must be sent before (п. 28)"], 1, "refused", "п. 28", "no_draft_sent")
invalid(115, "refused-after-the-reception-day", "п. 22-24 reading: no refusal after the day appointed for the reception", ["п. 22", "п. 28"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-13", "draft_refusal_sent"),
                ev("2026-05-20", "refused")],
        ["the refusal replaces the reception of Tue 19 May; Wed 20 May is after it"], 4, "refused", "п. 22", "refusal_after_reception")
invalid(116, "draft-received-after-the-objections", "APPC art. 73: the draft received after the objections to it", ["APPC art. 73"],
        REG + [ev("2026-04-06", "draft_refusal_sent"), ev("2026-04-08", "objections_received"), ev("2026-04-09", "draft_refusal_received")],
        ["the applicant objects to a draft received"], 3, "draft_refusal_received", "APPC art. 73", "receipt_after_hearing")
invalid(117, "absence-cause-after-the-notice", "п. 16: an absence notified for a cause that arose after the notice", ["п. 16"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-14", "absence_notified", cause_arose="2026-05-15")],
        ["notified Thu 14 May of a cause that arose Fri 15 May"], 3, "absence_notified", "п. 16", "absence_out_of_order")
invalid(118, "instruction-due-before-the-reception", "п. 19: an instruction due before the reception", ["п. 19"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-05-18", "unit": "roads"}])],
        ["due Mon 18 May, before the reception of Tue 19 May"], 4, "protocol", "п. 19", "instruction_invalid")
invalid(119, "instruction-unknown", "п. 32: an instruction executed that the protocol never gave", ["п. 32"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-18", "unit": "roads"}]),
                ev("2026-05-25", "instruction_executed", instruction="9")],
        ["only instruction 1 was given"], 5, "instruction_executed", "п. 32", "unknown_instruction")
invalid(120, "closed-without-an-answer", "п. 33: closed without a final reasoned answer", ["п. 33"],
        REG + [ev("2026-04-10", "answered"), ev("2026-04-13", "closed")],
        ["an answer of п. 25 is not the final reasoned answer of п. 33"], 2, "closed", "п. 33", "closed_without_answer")
invalid(121, "reception-on-a-saturday", "п. 7: a reception set on Sat 16 May 2026", ["п. 7", "п. 4"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-16")],
        ["Sat 16 May 2026 is not a working day: no reception that day"], 2, "date_notified", "п. 7", "schedule/reception_on_day_off")
invalid(122, "letter-past-thirty-days", "п. 26: a letter extending past 30 calendar days from registration", ["п. 26"],
        REG + [ev("2026-04-10", "extended_by_letter", until="2026-04-28")],
        ["Thu 26 Mar + 30 calendar days = Sat 25 Apr -> Mon 27 Apr; until Tue 28 Apr is past it"], 1, "extended_by_letter", "п. 26", "schedule/letter_extension_invalid")
invalid(123, "letter-extending-nothing", "п. 26: a letter 'extending' to a day before the term ends", ["п. 26"],
        REG + [ev("2026-04-10", "extended_by_letter", until="2026-04-15")],
        ["the term ends Thu 16 Apr; until Wed 15 Apr extends nothing"], 1, "extended_by_letter", "п. 26", "schedule/letter_extension_invalid")
invalid(124, "correction-period-of-no-day", "п. 6: a correction period ending on the registration day leaves no time", ["п. 6"],
        REG + [ev("2026-03-26", "correction_period_set", until="2026-03-26")],
        ["registered Thu 26 Mar, period until Thu 26 Mar: no reasonable period"], 1, "correction_period_set", "п. 6", "schedule/no_time_to_correct")
invalid(125, "registered-before-the-calendar", "The calendar covers 2018 onward: 29 Dec 2017 is refused, no rule", ["RULES §1"],
        [ev("2017-12-29", "registered")],
        ["before 2018: not covered; an error, never a guess"], 0, "registered", None, "schedule/term")
invalid(126, "registered-twice", "п. 21: registered twice", ["п. 21"],
        REG + [ev("2026-03-27", "registered")],
        ["a registration happens once"], 1, "registered", "п. 21", "twice")
invalid(127, "date-told-after-refusal", "п. 28: a date told after the reception was refused", ["п. 28"],
        BASE + [ev("2026-04-13", "draft_refusal_sent"), ev("2026-04-16", "refused"),
                ev("2026-04-17", "date_notified", reception="2026-05-19")],
        ["the request ended with the refusal of Thu 16 Apr"], 4, "date_notified", "п. 25", "already_ended")
invalid(128, "held-without-a-date", "п. 25: a reception held with no date told", ["п. 25", "п. 13"],
        BASE + [ev("2026-05-19", "reception_held", form="in_person")],
        ["a reception is held on the day told to the applicant"], 2, "reception_held", "п. 25", "without")
invalid(129, "final-answer-before-the-reception", "п. 33: a final answer before the reception or another outcome", ["п. 33"],
        BASE + [ev("2026-04-13", "final_answer")],
        ["the final reasoned answer follows the reception"], 2, "final_answer", "п. 13", "without")
invalid(130, "registered-on-a-sunday-before-the-transfer-law", "п. 21: Sun 12 Jan 2020 is a day off", ["п. 21"],
        [ev("2020-01-11", "arrived"), ev("2020-01-12", "registered")],
        ["Sun 12 Jan 2020 is a weekend day (only Sun 5 Jan was worked)"], 1, "registered", "п. 21", "registered_on_day_off")

invalid(131, "date-told-after-the-reception-was-held", "п. 25: a new date after the reception was held", ["п. 25"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-20", "date_notified", reception="2026-06-02")],
        ["the reception took place Tue 19 May"], 4, "date_notified", "п. 25", "already_ended")
invalid(132, "protocol-without-a-reception", "п. 19: a protocol with no reception held", ["п. 19"],
        BASE + [ev("2026-04-13", "protocol", instructions=[])],
        ["the protocol records a reception"], 2, "protocol", "п. 13", "without")
invalid(133, "protocol-twice", "п. 19: a second protocol of one reception", ["п. 19"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[]), ev("2026-05-20", "protocol", instructions=[])],
        ["one protocol per reception"], 5, "protocol", "п. 19", "twice")
invalid(134, "instruction-executed-twice", "п. 32: an instruction executed twice", ["п. 32"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-18", "unit": "roads"}]),
                ev("2026-05-25", "instruction_executed", instruction="1"), ev("2026-05-26", "instruction_executed", instruction="1")],
        ["instruction 1 was executed Mon 25 May"], 6, "instruction_executed", "п. 32", "unknown_instruction")
invalid(135, "instruction-without-a-unit", "п. 19: an instruction with no responsible unit", ["п. 19"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-18", "unit": " "}])],
        ["every instruction names its unit"], 4, "protocol", "п. 19", "instruction_invalid")
invalid(136, "instruction-id-used-twice", "п. 19: two instructions with one id", ["п. 19"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-19", "reception_held", form="in_person"),
                ev("2026-05-19", "protocol", instructions=[{"id": "1", "due": "2026-06-18", "unit": "roads"},
                                                            {"id": "1", "due": "2026-06-19", "unit": "housing"}])],
        ["ids are unique in the case file"], 4, "protocol", "п. 19", "instruction_invalid")
invalid(137, "letter-after-the-answer", "п. 26: an extension after the answer was given", ["п. 26"],
        BASE + [ev("2026-04-13", "extended_by_letter", until="2026-04-24")],
        ["answered Fri 10 Apr: nothing left to extend"], 2, "extended_by_letter", "п. 26", "already_ended")
invalid(138, "corrected-without-a-period", "п. 6: corrected with no correction period set", ["п. 6"],
        REG + [ev("2026-03-30", "corrected")],
        ["a correction answers a period set"], 1, "corrected", "п. 6", "without")
invalid(139, "objections-without-a-draft", "APPC art. 73: objections to no draft", ["APPC art. 73"],
        REG + [ev("2026-04-06", "objections_received")],
        ["objections answer a draft refusal sent"], 1, "objections_received", "п. 28", "without")
invalid(140, "refused-after-the-reception-was-held", "п. 28: no refusal after the reception took place", ["п. 28"],
        BASE + [ev("2026-04-13", "date_notified", reception="2026-05-19"), ev("2026-05-13", "draft_refusal_sent"),
                ev("2026-05-19", "reception_held", form="in_person"), ev("2026-05-19", "refused")],
        ["the reception was held Tue 19 May: the refusal would replace it"], 5, "refused", "п. 28", "already_ended")
invalid(141, "forwarded-after-the-answer", "п. 15(1): forwarded after the body answered", ["п. 15(1)"],
        BASE + [ev("2026-04-13", "forwarded")],
        ["the body answered Fri 10 Apr (included in the list)"], 2, "forwarded", "APPC art. 65", "already_ended")
invalid(142, "correction-period-set-twice", "п. 6: a second correction period", ["п. 6"],
        REG + [ev("2026-03-27", "correction_period_set", until="2026-04-01"), ev("2026-03-30", "correction_period_set", until="2026-04-03")],
        ["one period per request"], 2, "correction_period_set", "п. 6", "twice")

invalid(143, "answer-term-beyond-the-calendar", "RULES §1: the answer's term would end after 2035-12-31, the calendar's horizon", ["п. 25", "RULES §1"],
        [ev("2035-12-20", "registered")],
        ["Thu 20 Dec 2035 is a working day of the projected year (16 Dec a Sunday, carried over to Mon 17 Dec), but 15 working days after it run into 2036, past the last covered day: the п. 25 deadline cannot be counted, an error, never a guess; the error names the deadline's rule"],
        0, "registered", "п. 25", "schedule/outside_calendar")


def main():
    for sub in ("valid", "invalid", "pending"):
        d = os.path.join(ROOT, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for sub, name, c in CASES:
        with open(os.path.join(ROOT, sub, name), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")
    counts = {s: sum(1 for x, _, _ in CASES if x == s) for s in ("valid", "invalid", "pending")}
    print(counts)


if __name__ == "__main__":
    main()
