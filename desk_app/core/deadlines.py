"""Deadlines of steps and the promised term of an application.

A minutes limit adds wall-clock minutes. A day limit of N runs from the day after the
step started and ends at 23:59:59 of the N-th day: working-day limits count working
days only; a calendar-day limit whose last day is not a working day moves to the end
of the next working day. Overdue and due-soon are derived here, never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .calendar import WorkCalendar
from .regulation import Step

END_OF_DAY = dt.time(23, 59, 59)


def due_at(start: dt.datetime, limit: int | None, unit: str | None,
           cal: WorkCalendar) -> dt.datetime | None:
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


def term_due(path: Iterable[Step], submitted: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    """The promised term: the limits of the counted steps chained from submission."""
    t = submitted
    for step in path:
        if step.counted:
            t = step_due(step, t, cal) or t
    return t.replace(microsecond=0)


ON_TIME, DUE_SOON, OVERDUE = "on_time", "due_soon", "overdue"


def urgency(started: dt.datetime, due: dt.datetime | None, now: dt.datetime,
            completed: dt.datetime | None = None) -> str:
    """On time, due within a quarter of its limit, or overdue (at `now`, or when completed)."""
    if due is None:
        return ON_TIME
    moment = completed or now
    if moment > due:
        return OVERDUE
    if completed is None and (due - now) <= (due - started) / 4:
        return DUE_SOON
    return ON_TIME
