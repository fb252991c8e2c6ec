"""Deadlines across weekends, Nauryz, May holidays, a working Saturday, December, a year end."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.core.calendar import WorkCalendar
from desk_app.core.deadlines import DUE_SOON, ON_TIME, OVERDUE, due_at, term_due, urgency
from desk_app.core.overrides import regulations

CAL = WorkCalendar()
D = dt.datetime


def test_minutes_are_wall_clock():
    assert due_at(D(2026, 3, 20, 17, 50), 30, "minutes", CAL) == D(2026, 3, 20, 18, 20)


def test_working_days_skip_weekend():
    # Friday 2026-11-20 + 1 working day -> Monday 23rd, end of day
    assert due_at(D(2026, 11, 20, 10), 1, "working_days", CAL) == D(2026, 11, 23, 23, 59, 59)


def test_working_days_skip_nauryz():
    # 2026: 21-23 March holidays, 24-25 observed; Friday 20 March + 1 working day -> 26 March
    assert due_at(D(2026, 3, 20, 9), 1, "working_days", CAL) == D(2026, 3, 26, 23, 59, 59)
    # 8 working days from Thu 19 March 2026: 20, 26, 27, 30, 31 March, 1, 2, 3 April
    assert due_at(D(2026, 3, 19, 9), 8, "working_days", CAL) == D(2026, 4, 3, 23, 59, 59)


def test_calendar_days_last_day_moves_to_next_working_day():
    # 18 calendar days from 3 March 2026 lands on 21 March (Nauryz, Saturday) -> 26 March
    assert due_at(D(2026, 3, 3, 9), 18, "calendar_days", CAL) == D(2026, 3, 26, 23, 59, 59)
    # landing on a plain weekday stays
    assert due_at(D(2026, 11, 2, 9), 1, "calendar_days", CAL) == D(2026, 11, 3, 23, 59, 59)


def test_may_holidays():
    # 2026: 1 May (Fri), 7 May (Thu), 9 May (Sat) observed on Mon 11 May
    assert due_at(D(2026, 4, 30, 12), 1, "working_days", CAL) == D(2026, 5, 4, 23, 59, 59)
    assert due_at(D(2026, 5, 6, 12), 2, "working_days", CAL) == D(2026, 5, 12, 23, 59, 59)
    assert due_at(D(2026, 5, 8, 12), 1, "calendar_days", CAL) == D(2026, 5, 12, 23, 59, 59)


def test_working_saturday_counts():
    # 2025-01-05 (Sunday) was a working day by decree (moved to 3 January)
    assert CAL.is_working(dt.date(2025, 1, 5))
    assert not CAL.is_working(dt.date(2025, 1, 3))
    assert due_at(D(2025, 1, 4, 10), 1, "working_days", CAL) == D(2025, 1, 5, 23, 59, 59)


def test_december_and_year_boundary():
    # 16 Dec 2026 Independence Day (Wed): Tue 15 Dec + 1 working day -> Thu 17 Dec
    assert due_at(D(2026, 12, 15, 9), 1, "working_days", CAL) == D(2026, 12, 17, 23, 59, 59)
    # Thu 31 Dec 2026 + 1 working day: 1-2 Jan holidays, 3 Jan Sunday, Mon 4 Jan the
    # observed day for 2 Jan (a Saturday) -> Tue 5 Jan 2027
    assert due_at(D(2026, 12, 31, 9), 1, "working_days", CAL) == D(2027, 1, 5, 23, 59, 59)
    # 1 calendar day from 31 Dec lands on 1 Jan (holiday) -> 5 Jan
    assert due_at(D(2026, 12, 31, 9), 1, "calendar_days", CAL) == D(2027, 1, 5, 23, 59, 59)


def test_office_edits_override_country_calendar():
    cal = WorkCalendar({dt.date(2026, 11, 23): False, dt.date(2026, 11, 21): True})
    assert due_at(D(2026, 11, 20, 10), 1, "working_days", cal) == D(2026, 11, 21, 23, 59, 59)
    assert due_at(D(2026, 11, 21, 10), 1, "working_days", cal) == D(2026, 11, 24, 23, 59, 59)


def test_term_chains_counted_steps_only():
    svc = regulations().in_force(dt.date(2026, 11, 2)).service(3)
    # Center channel, services 3-4: 30 min + (1 wd not counted) + 30 min + 1 + 8 + 1 wd
    t = term_due(svc.path("center"), D(2026, 11, 2, 10), CAL)
    # Mon 2 Nov 10:00 -> 11:00 -> Tue 3 -> +8 wd Fri 13 -> +1 wd Mon 16
    assert t == D(2026, 11, 16, 23, 59, 59)


def test_urgency():
    start, due = D(2026, 1, 5, 9), D(2026, 1, 9, 9)
    assert urgency(start, due, D(2026, 1, 6, 9)) == ON_TIME
    assert urgency(start, due, D(2026, 1, 8, 10)) == DUE_SOON
    assert urgency(start, due, D(2026, 1, 9, 10)) == OVERDUE
    assert urgency(start, due, D(2026, 1, 20), completed=D(2026, 1, 8)) == ON_TIME


moments = st.datetimes(D(2024, 1, 1), D(2027, 12, 31)).map(lambda t: t.replace(microsecond=0))


@settings(max_examples=300, deadline=None)
@given(moments, st.integers(1, 30), st.sampled_from(["minutes", "calendar_days", "working_days"]))
def test_due_never_before_start(start, n, unit):
    assert due_at(start, n, unit, CAL) >= start


@settings(max_examples=300, deadline=None)
@given(moments, st.integers(1, 20), st.sampled_from(["calendar_days", "working_days"]))
def test_day_limits_end_on_a_working_day(start, n, unit):
    due = due_at(start, n, unit, CAL)
    assert CAL.is_working(due.date())
    assert due.time() == dt.time(23, 59, 59)
    assert due.date() > start.date()
