"""The office's calendar edits, stored and audited, and the WorkCalendar built from them."""

from __future__ import annotations

import datetime as dt

from . import audit
from .calendar import WorkCalendar
from .clock import now
from .db import on_reopen, transaction
from .models import CalendarEdit, User
from .users import require_admin

_cache: dict[int, WorkCalendar] = {}


def load_calendar() -> WorkCalendar:
    """The country calendar with this office's edits (cached until the next edit)."""
    if 0 not in _cache:
        rows = list(CalendarEdit.select())
        _cache[0] = WorkCalendar({r.day: r.working for r in rows}, {r.day: r.note for r in rows})
    return _cache[0]


@on_reopen  # another database: its rows are not the cached ones
def invalidate() -> None:
    _cache.clear()


def set_day(day: dt.date, working: bool | None, by: User, note: str = "") -> None:
    """Declare a day working (True) or off (False), or drop the office's edit (None)."""
    with transaction():
        require_admin(by, "Күнтізбені тек әкімші өзгертеді", "Календарь изменяет только администратор", "day")
        old = CalendarEdit.get_or_none(CalendarEdit.day == day)
        before = {"day": day.isoformat(), "working": old.working, "note": old.note} if old else None
        if old:
            old.delete_instance()
        after = None
        if working is not None:
            CalendarEdit.create(day=day, working=working, note=note, user=by.login, at=now())
            after = {"day": day.isoformat(), "working": working, "note": note}
        audit.record(by.login, "calendar.edit", "calendar", day.isoformat(), before, after)
    invalidate()
