"""The office's working-day calendar.

A working day is Monday-Friday that is not a Kazakhstan holiday (the `holidays`
package's KZ calendar, substituted days off included), plus the weekend days that
package lists as working, adjusted by days the office itself declares off or working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import holidays


@dataclass(frozen=True)
class CalendarDay:
    day: dt.date
    working: bool
    kind: str  # "holiday", "substituted", "working_weekend", "office_edit"
    name: str


@lru_cache(maxsize=64)
def _country_year(year: int) -> tuple[dict[dt.date, tuple[str, str]], frozenset[dt.date]]:
    """{day: (English name, Kazakh name)} and the working weekend days of one year."""
    en = holidays.country_holidays("KZ", years=year, language="en_US")
    kk = holidays.country_holidays("KZ", years=year, language="kk")
    days = {d: (str(en[d]), str(kk.get(d, en[d]))) for d in en}
    workdays = frozenset(d for d in getattr(en, "weekend_workdays", set()) if d.year == year)
    return days, workdays


class WorkCalendar:
    """Answers `is_working(day)`; office edits ({day: working?}) override the country calendar."""

    def __init__(
        self,
        office_edits: Mapping[dt.date, bool] | None = None,
        edit_notes: Mapping[dt.date, str] | None = None,
    ) -> None:
        self.office_edits = dict(office_edits or {})
        self.edit_notes = dict(edit_notes or {})

    def is_working(self, day: dt.date) -> bool:
        edit = self.office_edits.get(day)
        if edit is not None:
            return edit
        names, workdays = _country_year(day.year)
        if day in workdays:
            return True
        if day in names:
            return False
        return day.weekday() < 5

    def next_working(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        for _ in range(400):
            if self.is_working(day):
                return day
            day += dt.timedelta(days=1)
        raise RuntimeError("no working day within 400 days: the office calendar is broken")

    def year(self, year: int) -> list[CalendarDay]:
        """Every day of `year` that differs from a plain Monday-Friday week, with its reason."""
        names, workdays = _country_year(year)
        out: dict[dt.date, CalendarDay] = {}
        for d, (en_name, kk_name) in names.items():
            kind = "substituted" if "substitut" in en_name.lower() else "holiday"
            out[d] = CalendarDay(d, False, kind, kk_name)
        for d in workdays:
            out[d] = CalendarDay(d, True, "working_weekend", "Жұмыс күні (ауыстырылған)")
        for d, working in self.office_edits.items():
            if d.year == year:
                out[d] = CalendarDay(d, working, "office_edit", self.edit_notes.get(d, ""))
        return [out[d] for d in sorted(out)]
