"""Dates between Qt's date edits and the domain (`QDate.toPython` is typed as `object`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit


def picked_date(edit: QDateEdit) -> dt.date:
    """The day shown in a date edit."""
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
