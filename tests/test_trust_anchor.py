"""An anchor outside the PC: a history rewritten with every hash recomputed passes the chain
check alone, but not against the chain head a report or a backup carried away."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from safe_flow import run_to_end, submit

from desk_app.cli.main import main
from desk_app.core import audit
from desk_app.core.db import close_db, init_db
from desk_app.core.models import Application, AuditLog
from desk_app.core.safety import backup


def _rewrite_history(path) -> None:
    """What a careful forger does: change an old row, recompute every hash after it, put the
    append-only triggers back exactly as they were."""
    con = sqlite3.connect(path)
    triggers = con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("UPDATE audit_log SET user = 'head' WHERE id = 3")
    prev = audit.GENESIS
    rows = con.execute(
        "SELECT id, at, user, action, entity, entity_id, before, after FROM audit_log ORDER BY id"
    ).fetchall()
    for rid, at, user, action, entity, eid, before, after in rows:
        at = dt.datetime.fromisoformat(str(at)).isoformat(timespec="seconds")
        h = audit.row_hash(prev, at, user, action, entity, eid, before, after)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, rid))
        prev = h
    for (sql,) in triggers:
        con.execute(sql)
    con.commit()
    con.close()


def _check(path, capsys, *extra: str) -> tuple[int, dict]:
    code = main(["check", "--db", str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_a_recomputed_chain_is_caught_by_a_months_report_and_a_backup(
    db, users, person, tmp_path, capsys, stdin_pins
):
    import peewee as pw

    if isinstance(db, pw.PostgresqlDatabase):
        pytest.skip("the forgery edits the SQLite file")
    from desk_app.reports.monthly import export_month

    app = run_to_end(submit(users, person, 2, "direct"), users)
    report = tmp_path / "month.xlsx"
    export_month(app.submitted_at.year, app.submitted_at.month, report)
    stdin_pins("0000")
    assert main(["backup", "--db", db.database, "--json"]) == 0  # into the backup folder
    mark = json.loads(capsys.readouterr().out)["anchor"]
    submit(users, person, 3, "direct")  # the office carries on after both left the PC
    path = db.database
    close_db()
    assert _check(path, capsys, "--anchor", str(report), "--anchor", mark)[0] == 0

    _rewrite_history(path)
    for b in backup.list_backups(backup.default_folder()):  # the forger never saw the copy
        b[1].rename(tmp_path / b[1].name)
    code, out = _check(path, capsys)
    assert code == 0, out  # alone, the recomputed chain looks whole
    for anchor in (str(report), mark, str(tmp_path / b[1].name)):
        code, out = _check(path, capsys, "--anchor", anchor)
        assert code == 1 and any("anchor" in line and "rewritten" in line for line in out["audit"]), (
            anchor,
            out,
        )
    (tmp_path / b[1].name).rename(b[1])  # and a backup left in its folder is checked unasked
    code, out = _check(path, capsys)
    assert code == 1 and any(b[1].name in line for line in out["audit"]), out
    init_db(path)
    assert Application.select().count() == 2 and AuditLog.select().count() > 0


def test_a_bad_anchor_is_a_plain_error(db, users, capsys):
    from test_check import _url

    assert main(["check", "--db", _url(db), "--anchor", "nonsense", "--json"]) == 2
    err = json.loads(capsys.readouterr().out)
    assert err["field"] == "anchor" and "N:" in err["ru"]
