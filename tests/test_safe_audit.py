"""The audit log is append-only in the database, and its hash chain catches what slips past."""

from __future__ import annotations

import peewee as pw
import pytest
from safe_flow import (
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.core import audit, cards, office_calendar, settings
from desk_app.core import users as users_mod
from desk_app.core.models import AuditLog, database
from desk_app.core.safety.check import check_storage, run_check

PG_DROP = "DROP TRIGGER audit_log_no_change ON audit_log"


def _is_pg() -> bool:
    return isinstance(database.obj, pw.PostgresqlDatabase)


def _drop_triggers(db) -> None:
    if _is_pg():
        db.execute_sql(PG_DROP)
    else:
        db.execute_sql("DROP TRIGGER audit_log_no_update")
        db.execute_sql("DROP TRIGGER audit_log_no_delete")


@pytest.fixture
def history(db, users, person):
    run_to_end(submit(users, person, 2, "center"), users)
    assert audit.verify_chain() == []
    return AuditLog.select().count()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET after = '{}' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 2",
        "DELETE FROM audit_log",
    ],
)
def test_update_and_delete_are_refused_by_the_database(db, history, sql):
    with pytest.raises(pw.DatabaseError) as e:
        with db.atomic():
            db.execute_sql(sql)
    assert "append-only" in str(e.value)
    assert AuditLog.select().count() == history and audit.verify_chain() == []


def test_truncate_refused_on_postgres(db, history):
    if not _is_pg():
        pytest.skip("TRUNCATE is PostgreSQL's")
    with pytest.raises(pw.DatabaseError):
        with db.atomic():
            db.execute_sql("TRUNCATE audit_log")
    assert AuditLog.select().count() == history


def test_chain_detects_altered_row(db, history):
    _drop_triggers(db)
    assert any("trigger" in p for p in check_storage())
    row = AuditLog.select().order_by(AuditLog.id).offset(3).first()
    AuditLog.update(user="someone_else").where(AuditLog.id == row.id).execute()
    problems = audit.verify_chain()
    assert problems == [f"audit row {row.id}: contents altered"]


def test_chain_detects_deleted_row(db, history):
    _drop_triggers(db)
    row = AuditLog.select().order_by(AuditLog.id).offset(2).first()
    AuditLog.delete().where(AuditLog.id == row.id).execute()
    problems = audit.verify_chain()
    assert len(problems) == 1 and "chain broken" in problems[0]


def test_chain_detects_rewritten_row_with_fresh_hash(db, history):
    """Re-hashing the altered row itself still breaks the link to the next row."""
    _drop_triggers(db)
    row = AuditLog.select().order_by(AuditLog.id).offset(2).first()
    h = audit.row_hash(
        row.prev_hash,
        row.at.isoformat(timespec="seconds"),
        "x",
        row.action,
        row.entity,
        row.entity_id,
        row.before,
        row.after,
    )
    AuditLog.update(user="x", hash=h).where(AuditLog.id == row.id).execute()
    problems = audit.verify_chain()
    assert problems and "chain broken" in problems[0]


def test_removing_the_last_rows_is_seen_by_the_replay(db, history):
    """Cutting the tail leaves a valid chain, but the application no longer matches its log."""
    _drop_triggers(db)
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    AuditLog.delete().where(AuditLog.id == last.id).execute()
    assert audit.verify_chain() == []
    report = run_check()
    # the transaction's after-images come last: its rows no longer match the chain
    assert any("from its last audited image" in p or "no audit record" in p for p in report.audit), report


def test_every_kind_of_write_is_audited(db, users, person):
    """Cards, users, calendar, settings, regulation lists and workflow all leave audit rows."""
    import datetime as dt

    from desk_app.core import overrides

    admin = users["admin"]
    cards.update_person(person.id, {"address": "Арал қ."}, admin, version=1)
    users_mod.create(admin, "clerk2", "Сейітов", "Нұр", ["office_clerk"], "1234")
    users_mod.set_roles(admin, "clerk2", ["office_clerk", "head"])
    users_mod.reset_pin(admin, "clerk2", "654321")
    users_mod.deactivate(admin, "clerk2")
    office_calendar.set_day(dt.date(2026, 5, 4), False, admin, "санитарлық күн")
    settings.set_setting("backup_dir", "/tmp/kense-backups", admin)
    overrides.set_item(
        admin,
        "kzo-251-2012-486",
        2,
        "ground",
        "compensation_paid",
        "Өтемақы бұрын төленген",
        "Компенсация уже выплачена",
    )
    run_to_end(submit(users, person, 1, "direct"), users)
    actions = {a for (a,) in AuditLog.select(AuditLog.action).tuples()}
    assert {
        "card.create",
        "card.update",
        "user.create",
        "user.roles",
        "user.reset_pin",
        "user.deactivate",
        "calendar.edit",
        "setting.set",
        "regulation.override",
        "application.submit",
        "application.card",
        "application.prepare",
        "application.sign",
    } <= actions
    upd = AuditLog.get(AuditLog.action == "card.update")
    assert '"address"' in upd.before and "Арал" in upd.after and upd.user == "admin"
    pin = AuditLog.get(AuditLog.action == "user.reset_pin")
    assert "scrypt" not in (pin.after or "") and "4321" not in (pin.after or "")
    report = run_check()
    assert report.ok, report.to_dict()
