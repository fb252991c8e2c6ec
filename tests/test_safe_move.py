"""`migrate-to`: an office's SQLite file copied into PostgreSQL, whole and still working."""

from __future__ import annotations

import json
import uuid

import pytest
from conftest import PG_URL, make_person
from safe_flow import (
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.cli.main import main
from desk_app.core import auth, office_calendar
from desk_app.core.db import close_db, init_db
from desk_app.core.models import Application, AuditLog, User
from desk_app.core.safety.check import run_check

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs KENSE_TEST_PG")


@pytest.fixture
def pg_empty():
    import psycopg2

    name = f"kense_move_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    yield f"{PG_URL.rsplit('/', 1)[0]}/{name}"
    close_db()
    admin.cursor().execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()


def test_migrate_to_postgres(tmp_path, pg_empty, capsys, stdin_pins):
    import datetime as dt

    path = tmp_path / "office.sqlite"
    init_db(path)
    users = {
        r: auth.create_user(r, "Тестов", "Аты", [r], "0000")
        for r in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin")
    }
    person = make_person(
        users["admin"],
        nuclear_periods=[
            {"kind": "resided", "zone": "maximal", "place": "Семей қ.", "date_from": "1985-01-01"}
        ],
    )
    office_calendar.set_day(dt.date(2026, 3, 6), False, users["admin"], "санитарлық күн")
    run_to_end(submit(users, person, 2, "center"), users)
    run_to_end(submit(users, person, 1, "direct"), users, refuse=True)
    run_to_end(submit(users, person, 3, "direct"), users, stop_kind="prepare")
    n_audit = AuditLog.select().count()
    records = AuditLog.select().where(~AuditLog.action.startswith("row."))  # not the after-images
    n_records = records.count()
    close_db()

    stdin_pins("0000")
    assert main(["migrate-to", pg_empty, "--db", str(path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["application"] == 3 and counts["audit_log"] > n_audit  # + who moved it
    assert counts["calendar_edit"] == 1 and counts["nuclear_period"] == 1
    init_db(pg_empty)
    assert records.count() == n_records + 1  # who moved it; the rest are rows' after-images
    report = run_check()
    assert report.ok, report.to_dict()
    # the office carries on in PostgreSQL: ids continue, the chain grows, PINs still work
    head = auth.authenticate("head", "0000")
    app = run_to_end(
        Application.get(Application.number.endswith("000003")), {u.login: u for u in User.select()}
    )
    assert app.state == "closed" and head.login == "head"
    new = submit({u.login: u for u in User.select()}, app.person, 4, "direct")
    assert new.number.endswith("000004") and run_check().ok
    close_db()
    # a second run refuses: the target is no longer empty
    stdin_pins("0000")
    assert main(["migrate-to", pg_empty, "--db", str(path)]) == 2
    assert "не пуста" in capsys.readouterr().err
