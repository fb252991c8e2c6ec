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


def test_a_deactivated_admin_is_refused_every_admin_door(users):
    """One `users.require_admin`: the object signed in this morning still says active, the
    database no longer does; the calendar, the office and the settings all refuse it."""
    from desk_app.core import auth, office, settings
    from desk_app.core import users as users_admin

    day = dt.date(2026, 11, 27)
    admin = users["admin"]
    second = auth.create_user("admin2", "Тестов", "Екінші", ["admin"], "000000")
    users_admin.deactivate(second, "admin")
    assert admin.active  # stale: loaded before the deactivation
    with pytest.raises(PermissionDenied) as e:
        office_calendar.set_day(day, False, admin)
    assert e.value.field == "day" and "әкімші" in e.value.kk
    with pytest.raises(PermissionDenied):
        office.set_office("Бөлім", "Аудан", admin)
    with pytest.raises(PermissionDenied):
        settings.set_setting("center_name", "Орталық", admin)
    assert office_calendar.load_calendar().is_working(day)
    assert not AuditLog.select().where(AuditLog.action.in_(["calendar.edit", "office.set"])).exists()
    # and an object that itself says inactive is refused without asking the database
    second.active = False
    with pytest.raises(PermissionDenied):
        office_calendar.set_day(day, False, second)
