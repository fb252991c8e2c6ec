"""Deadlines of steps, the applicant's term, and the term clock that says "overdue".

A minutes limit adds wall-clock minutes. A day limit of N runs from the day after the
step started and ends at 23:59:59 of the N-th day: working-day limits count working
days only; a calendar-day limit whose last day is not a working day moves to the end
of the next working day.

The applicant's **term** (`term_due`) is one term, never a chain of steps' due dates:
the sum of the day limits of the counted steps on the path, counted from the day after
submission and moved once, at its end (R1: 9 + 1 calendar days; R2: 1 + 18 + 1; R3/R4:
1 + 8 + 1 working days). The **date printed for the applicant** (`result_due`) is the same
sum plus the day limits of the not-counted steps before the result is ready for issue
(R2-R4 T1 steps 2 and 7), counted the same way. The **term clock** (`term_clock`) runs
from submission to the moment the result was ready, stopped while the application is
in a not-counted step or travels after one: an application is overdue when the clock
passes `term_due`. Overdue and due-soon are derived here, never decided elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .calendar import WorkCalendar
from .regulation import Step

END_OF_DAY = dt.time(23, 59, 59)


def due_at(start: dt.datetime, limit: int | None, unit: str | None, cal: WorkCalendar) -> dt.datetime | None:
    """When a step started at `start` with this limit is due; None for a step with no limit."""
    if limit is None or unit is None:
        return None
    if unit == "minutes":
        return start + dt.timedelta(minutes=limit)
    day = start.date()
    if unit == "working_days":
        counted = 0
        while counted < limit:
            day += dt.timedelta(days=1)
            if cal.is_working(day):
                counted += 1
    elif unit == "calendar_days":
        day = cal.next_working(day + dt.timedelta(days=limit))
    else:
        raise ValueError(f"unknown unit {unit!r}")
    return dt.datetime.combine(day, END_OF_DAY)


def step_due(step: Step, start: dt.datetime, cal: WorkCalendar) -> dt.datetime | None:
    return due_at(start, step.limit, step.unit, cal)


def _sum_days(steps: Iterable[Step]) -> tuple[int, str | None]:
    days, unit = 0, None
    for s in steps:
        if not s.day_limit:
            continue
        if unit is not None and s.unit != unit:
            raise ValueError(f"a term mixes {unit} and {s.unit}")
        days, unit = days + (s.limit or 0), s.unit
    return days, unit


def term_days(path: Iterable[Step]) -> tuple[int, str | None]:
    """The applicant's term as (days, unit): the day limits of the counted steps, summed."""
    return _sum_days(s for s in path if s.counted)


def result_days(path: Iterable[Step]) -> tuple[int, str | None]:
    """Days until the result is ready for issue: every day limit on the path, counted or not
    (the issue step has none)."""
    return _sum_days(path)


def _one_term(days: int, unit: str | None, submitted: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    if unit is None:  # a path of minutes only: the end of the submission day
        return dt.datetime.combine(submitted.date(), END_OF_DAY)
    due = due_at(submitted, days, unit, cal)
    assert due is not None
    return due


def term_due(path: Iterable[Step], submitted: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    """The applicant's term: one term of the counted steps' summed days, moved once."""
    return _one_term(*term_days(path), submitted, cal)


def result_due(path: Iterable[Step], submitted: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    """The date printed for the applicant: when the result is ready for issue."""
    return _one_term(*result_days(path), submitted, cal)


@dataclass(frozen=True)
class StepSpan:
    """What the term clock needs of one step row."""

    started_at: dt.datetime
    completed_at: dt.datetime | None
    counted: bool
    has_limit: bool  # False for the issue step: the result is ready when it opens


def term_clock(
    spans: Sequence[StepSpan], closed_at: dt.datetime | None, at: dt.datetime
) -> tuple[dt.datetime, dt.datetime | None]:
    """(the moment the term clock shows at `at`, the moment the result was ready or None).

    The clock is the ready moment (via the Center: the scan that opens the issue step;
    direct: the closing) or `at` while not ready, less the time spent in not-counted steps
    and in the travel that follows one (a not-counted step lasts until the next step
    opens). Rows started after `at` are not seen, so a past month reads as it was.
    """
    rows = sorted((s for s in spans if s.started_at <= at), key=lambda s: s.started_at)
    closed = closed_at if closed_at is not None and closed_at <= at else None
    ready: dt.datetime | None = None
    paused = dt.timedelta()
    for i, r in enumerate(rows):
        if not r.has_limit and not r.counted:
            ready = r.started_at
            break
        if r.counted:
            continue
        end = rows[i + 1].started_at if i + 1 < len(rows) else (closed or at)
        paused += max(dt.timedelta(), end - r.started_at)
    if ready is None:
        ready = closed
    return (ready or at) - paused, ready


def overdue(
    term_due_at: dt.datetime, spans: Sequence[StepSpan], closed_at: dt.datetime | None, at: dt.datetime
) -> bool:
    """Rule 2: the term clock passed the applicant's term."""
    return term_clock(spans, closed_at, at)[0] > term_due_at


ON_TIME, DUE_SOON, OVERDUE = "on_time", "due_soon", "overdue"


def urgency(
    started: dt.datetime, due: dt.datetime | None, now: dt.datetime, completed: dt.datetime | None = None
) -> str:
    """On time, due within a quarter of its limit, or overdue (at `now`, or when completed)."""
    if due is None:
        return ON_TIME
    moment = completed or now
    if moment > due:
        return OVERDUE
    if completed is None and (due - now) <= (due - started) / 4:
        return DUE_SOON
    return ON_TIME
