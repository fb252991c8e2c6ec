"""`check` finds each class of damage and names it; the CLI exits non-zero."""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw
import pytest
from safe_flow import (
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.cli.main import main
from desk_app.core.db import init_db
from desk_app.core.models import Application, Movement, Person, RefusalGround, Step, database
from desk_app.core.safety.check import run_check


@pytest.fixture
def office(db, users, person):
    """A closed centre application, a refused one, one at preparation, one in transit."""
    apps = {
        "closed": run_to_end(submit(users, person, 2, "center"), users),
        "refused": run_to_end(submit(users, person, 3, "direct"), users, refuse=True),
        "prepare": run_to_end(submit(users, person, 4, "center"), users, stop_kind="prepare"),
        "transit": run_to_end(submit(users, person, 3, "center"), users, stop_in_transit=True),
        "unemployed": run_to_end(submit(users, person, 1, "direct"), users),
    }
    assert run_check().ok, run_check().to_dict()
    return apps


def _url(db) -> str:
    if isinstance(db, pw.PostgresqlDatabase):
        from conftest import PG_URL

        return f"{PG_URL.rsplit('/', 1)[0]}/{db.database}"
    return db.database


def _steps(app) -> list[Step]:
    return list(Step.select().where(Step.application == app.id).order_by(Step.id))


def _open(app) -> Step:
    return Step.get(Step.application == app.id, Step.completed_at.is_null())


def _workflow_problems() -> list[str]:
    r = run_check()
    return r.workflow


CASES = {
    "step not on the path": (
        lambda a: Step.update(no=1).where(Step.id == _steps(a["refused"])[1].id).execute(),
        "is not on the direct path",
    ),
    "steps out of order": (
        lambda a: Step.update(no=6).where(Step.id == _steps(a["closed"])[3].id).execute(),
        "out of order",
    ),
    "two open steps": (
        lambda a: Step.update(completed_at=None).where(Step.id == _steps(a["prepare"])[0].id).execute(),
        "open steps (at most one allowed)",
    ),
    "open step is not current_step": (
        lambda a: Application.update(current_step=6).where(Application.id == a["prepare"].id).execute(),
        "but current_step 6",
    ),
    "state does not match the step": (
        lambda a: Application.update(state="signature").where(Application.id == a["prepare"].id).execute(),
        "step 5 means 'preparation'",
    ),
    "closed with an open step": (
        lambda a: (
            Application.update(
                state="closed", current_step=None, result="notification", closed_at=dt.datetime(2026, 3, 3)
            )
            .where(Application.id == a["prepare"].id)
            .execute()
        ),
        "closed but step 5 is open",
    ),
    "closed without a result": (
        lambda a: Application.update(result=None).where(Application.id == a["closed"].id).execute(),
        "closed without a result",
    ),
    "due time off the deadline rule": (
        lambda a: (
            Step.update(due_at=_open(a["prepare"]).due_at + dt.timedelta(days=3))
            .where(Step.id == _open(a["prepare"]).id)
            .execute()
        ),
        "the deadline rule gives",
    ),
    "term off the deadline rule": (
        lambda a: (
            Application.update(term_due_at=dt.datetime(2030, 1, 1))
            .where(Application.id == a["closed"].id)
            .execute()
        ),
        "term_due_at",
    ),
    "refusal without grounds": (
        lambda a: RefusalGround.delete().where(RefusalGround.application == a["refused"].id).execute(),
        "refusal without grounds",
    ),
    "wrong role on a step": (
        lambda a: Step.update(role="office_clerk").where(Step.id == _steps(a["closed"])[3].id).execute(),
        "the regulation says 'head'",
    ),
    "completed step without a user": (
        lambda a: Step.update(user=None).where(Step.id == _steps(a["closed"])[2].id).execute(),
        "has no user or outcome",
    ),
    "in transit with an open step": (
        lambda a: Step.insert(
            application=a["transit"].id,
            no=8,
            role="center_inspector",
            started_at=dt.datetime(2026, 3, 3),
            counted=False,
        ).execute(),
        "in transit but step 8 is open",
    ),
    "closed before the end of the path": (
        lambda a: Step.delete().where(Step.id == _steps(a["unemployed"])[-1].id).execute(),
        "not at the end of its path",
    ),
    "dispatch without its scan": (
        lambda a: (
            Movement.delete()
            .where(Movement.application == a["closed"].id, Movement.kind == "sent_to_body")
            .execute()
        ),
        "without the dispatch scan",
    ),
    "result step without its scan": (
        lambda a: (
            Movement.delete()
            .where(Movement.application == a["closed"].id, Movement.kind == "result_at_center")
            .execute()
        ),
        "without the folder's scan (result_at_center)",
    ),
}


def test_each_corruption_is_named(db, office):
    """Each class of damage in turn, inside a transaction rolled back after the check."""
    missed = {}
    for case, (damage, expect) in CASES.items():
        with db.atomic() as txn:
            damage(office)
            problems = _workflow_problems()
            txn.rollback()
        if not any(expect in p for p in problems):
            missed[case] = problems
        assert run_check().ok, f"{case}: not rolled back"
    assert not missed, missed


def test_change_behind_the_engine_is_seen_by_the_audit_replay(db, office):
    # raw SQL: a write through the models leaves its after-images (row_images.py)
    ph = "?" if isinstance(db, pw.SqliteDatabase) else "%s"
    db.execute_sql(f"UPDATE application SET executor_id = NULL WHERE id = {ph}", (office["prepare"].id,))
    p = Person.select().first()
    db.execute_sql(f"UPDATE person SET address = 'басқа мекенжай' WHERE id = {ph}", (p.id,))
    r = run_check()
    assert any(f"application {office['prepare'].id}: executor_id" in x for x in r.audit), r.audit
    assert any(f"person {p.id}: address" in x for x in r.audit), r.audit


def test_cli_check_exit_codes(db, office, capsys):
    url = _url(db)
    assert main(["check", "--db", url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["counts"]["applications"] == 5
    init_db(url)  # check opened the database read-only
    Application.update(result=None).where(Application.id == office["closed"].id).execute()
    assert main(["check", "--db", url]) == 1
    text = capsys.readouterr().out
    assert f"{office['closed'].number}: closed without a result" in text
    assert "ПРОВЕРКА НЕ ПРОЙДЕНА" in text


def test_sqlite_foreign_key_and_file_damage(db, office, capsys, tmp_path):
    if isinstance(db, pw.PostgresqlDatabase):
        pytest.skip("SQLite's own checks")
    db.execute_sql("PRAGMA foreign_keys = OFF")
    Step.insert(
        application=99999, no=1, role="head", started_at=dt.datetime(2026, 3, 3), counted=True
    ).execute()
    db.execute_sql("PRAGMA foreign_keys = ON")
    assert any("foreign_key_check: step" in p for p in run_check().storage)
    # A file with a page overwritten by garbage: the check says so instead of crashing.
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.database
    database.close()
    data = bytearray(open(path, "rb").read())
    page = 4096
    for off in range(page * 3 + 100, page * 3 + 3000):
        data[off] = 0x5A
    open(path, "wb").write(bytes(data))
    assert main(["check", "--db", path]) == 1
    assert "[storage]" in capsys.readouterr().out
