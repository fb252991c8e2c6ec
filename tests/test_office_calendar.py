import datetime as dt

import pytest

from desk_app.core import audit, office_calendar
from desk_app.core.errors import PermissionDenied
from desk_app.core.models import AuditLog


def test_admin_edits_calendar_audited(users):
    day = dt.date(2026, 11, 27)  # a Friday
    assert office_calendar.load_calendar().is_working(day)
    office_calendar.set_day(day, False, users["admin"], "Аудандық мереке")
    cal = office_calendar.load_calendar()
    assert not cal.is_working(day)
    edits = [d for d in cal.year(2026) if d.kind == "office_edit"]
    assert edits[0].day == day and edits[0].name == "Аудандық мереке"
    office_calendar.set_day(day, None, users["admin"])
    assert office_calendar.load_calendar().is_working(day)
    assert AuditLog.select().where(AuditLog.action == "calendar.edit").count() == 2
    assert audit.verify_chain() == []


def test_only_admin(users):
    with pytest.raises(PermissionDenied):
        office_calendar.set_day(dt.date(2026, 11, 27), False, users["head"])
