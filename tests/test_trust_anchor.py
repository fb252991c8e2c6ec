"""An anchor outside the PC: a history rewritten with every hash recomputed passes the chain
check alone, but not against the chain head a report or a backup carried away."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from docs_tools import needs_tools, text_of
from safe_flow import run_to_end, submit

from desk_app.cli.main import main
from desk_app.core import anchor, audit
from desk_app.core.db import close_db, init_db
from desk_app.core.demo import samples
from desk_app.core.models import Application, AuditLog, Person
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
    from desk_app.documents.service import print_document
    from desk_app.reports.monthly import export_month

    app = run_to_end(submit(users, person, 2, "direct"), users)
    report = tmp_path / "month.xlsx"
    export_month(app.submitted_at.year, app.submitted_at.month, report)
    _, pdf = print_document(app.number, app.result, "kk", users["executor"])
    paper = tmp_path / "result.pdf"  # the applicant's copy, or the PDF saved with the case
    paper.write_bytes(pdf)
    stdin_pins("0000")
    assert main(["backup", "--db", db.database, "--json"]) == 0  # into the backup folder
    mark = json.loads(capsys.readouterr().out)["anchor"]
    submit(users, person, 3, "direct")  # the office carries on after both left the PC
    path = db.database
    close_db()
    assert _check(path, capsys, "--anchor", str(report), "--anchor", mark, "--anchor", str(paper))[0] == 0

    _rewrite_history(path)
    for b in backup.list_backups(backup.default_folder()):  # the forger never saw the copy
        b[1].rename(tmp_path / b[1].name)
    code, out = _check(path, capsys)
    assert code == 0, out  # alone, the recomputed chain looks whole
    for source in (str(report), mark, str(tmp_path / b[1].name), str(paper)):
        code, out = _check(path, capsys, "--anchor", source)
        assert code == 1 and any("anchor" in line and "rewritten" in line for line in out["audit"]), (
            source,
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


@needs_tools
def test_every_printed_paper_carries_the_chain_head_of_its_first_print(db, users, tmp_path):
    """The anchor is printed where pdftotext (and a person) reads it, kept in the print's audit
    row and the PDF's keywords; a reprint is the same paper with the anchor of its first print."""
    from test_kazakh_words import _every_kind

    from desk_app.documents.service import print_document

    apps = _every_kind(users, samples.long_person(users["admin"]))
    for kind in ("notification", "decision", "refusal", "return", "talon", "receipt", "register"):
        for lang in ("kk", "ru"):
            head = anchor.chain_head()
            rec, pdf = print_document(apps[kind].number, kind, lang, users["executor"])
            text = text_of(pdf, tmp_path)
            assert f"аудит {head}" in text, (kind, lang, text[-300:])
            row = AuditLog.get(AuditLog.action == "document.print", AuditLog.entity_id == rec.journal_no)
            assert json.loads(row.after)["anchor"] == head
            saved = tmp_path / f"{rec.journal_no.replace('/', '-')}.pdf"
            saved.write_bytes(pdf)
            assert anchor.read_anchor(str(saved)) == anchor.parse(head)
            assert anchor.parse(anchor.ANCHOR_RE.search(text).group(0)) == anchor.parse(head)  # as typed
            assert anchor.chain_head() != head
            again, pdf2 = print_document(apps[kind].number, kind, lang, users["executor"])
            assert again.journal_no == rec.journal_no and pdf2 == pdf  # byte-identical reprint
    # A preview is no record: no anchor on it.
    from desk_app.documents.data import gather
    from desk_app.documents.render import render

    preview, _ = render(gather("refusal", apps["refusal"], "kk"), "(жоба)", dt.datetime(2026, 3, 2))
    assert b"kense-audit" not in preview and "аудит" not in text_of(preview, tmp_path)


def _office(path, users_pin="0000"):
    """A small closed SQLite office at `path` with one finished application."""
    from conftest import make_person

    from desk_app.core import auth

    init_db(path)
    users = {
        r: auth.create_user(r, "Тестов", "Аты", [r], users_pin)
        for r in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin")
    }
    run_to_end(submit(users, make_person(users["admin"]), 2, "direct"), users)
    return users


def test_check_compares_only_this_offices_backups_and_says_which_it_skipped(tmp_path, capsys, monkeypatch):
    """Another office's backup in the folder (a demo, a copy checked here) is not a forgery,
    nor is the work a restore replaced; an emptied database is."""
    import types

    class _Second(dt.datetime):  # both offices set up within one second of the audit clock
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 2, 27, 8, 0, 0)

    with monkeypatch.context() as m:
        m.setattr(audit, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _Second}))
        folder = backup.default_folder()
        office = tmp_path / "office.sqlite"
        users = _office(office)
        mine = backup.make_backup(folder, dt.datetime(2026, 3, 1, 9, 0))
        close_db()
        other = tmp_path / "other.sqlite"
        _office(other)
        theirs = backup.make_backup(tmp_path / "elsewhere", dt.datetime(2026, 3, 1, 9, 30))
        theirs = theirs.rename(folder / theirs.name)
        close_db()
    code, out = _check(office, capsys)
    assert code == 0, out
    assert out["backups"]["compared"] == [mine.name], out["backups"]
    assert out["backups"]["notes"] == [f"{theirs.name}: another office's backup, not compared"]

    # The office carries on and backs up, then restores the older copy: the newer backup is
    # the work the restore replaced, told as a note, not a rewritten history.
    init_db(office)
    submit(users, Person.select().first(), 3, "direct")
    newer = backup.make_backup(folder, dt.datetime(2026, 3, 2, 9, 0))
    close_db()
    restore_copy = tmp_path / "old.sqlite"
    restore_copy.write_bytes(mine.read_bytes())
    import io
    import sys

    sys_stdin, sys.stdin = sys.stdin, io.StringIO("0000\n")
    try:
        assert main(["restore", str(restore_copy), "--db", str(office), "--json"]) == 0
    finally:
        sys.stdin = sys_stdin
    capsys.readouterr()
    code, out = _check(office, capsys)
    assert code == 0, out
    assert f"{newer.name}: made before the last restore, not compared" in out["backups"]["notes"]
    assert mine.name in out["backups"]["compared"]

    # Every row deleted (the append-only triggers dropped first): the backups still know.
    con = sqlite3.connect(office)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log")
    con.commit()
    con.close()
    code, out = _check(office, capsys)
    assert code == 1 and any(mine.name in line and "gone" in line for line in out["audit"]), out


def test_a_postgres_dump_carries_its_anchor_beside_it(db, users, person, capsys, stdin_pins):
    import peewee as pw

    if not isinstance(db, pw.PostgresqlDatabase):
        pytest.skip("pg_dump")
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("no pg_dump")
    from test_check import _url

    run_to_end(submit(users, person, 2, "direct"), users)
    before = anchor.chain_head()
    stdin_pins("0000")
    assert main(["backup", "--db", _url(db), "--json"]) == 0
    head = json.loads(capsys.readouterr().out)["anchor"]  # after the audited sign-in
    assert head == anchor.chain_head() and anchor.parse(head)[0] > anchor.parse(before)[0]
    dump = backup.list_backups(backup.default_folder())[-1][1]
    assert anchor.read_anchor(str(dump)) == anchor.parse(head)
    code, res = _check(_url(db), capsys)
    assert code == 0 and res["backups"]["compared"] == [dump.name], res
    side = dump.with_name(dump.name + anchor.SIDE)
    rid, _ = anchor.parse(head)
    side.write_text(side.read_text().replace(head, f"{rid}:{'0' * 16}"))  # as a rewrite would look
    code, res = _check(_url(db), capsys)
    assert code == 1 and any(dump.name in line and "rewritten" in line for line in res["audit"]), res


def test_work_lost_with_a_deleted_wal_is_caught_by_the_backup_and_the_paper(tmp_path, capsys):
    """The -wal file deleted after a crash: the main file alone is a consistent, older office
    whose chain checks whole; the backup made meanwhile and a printed paper both name the cut."""
    from desk_app.core.models import database
    from desk_app.documents.service import print_document

    office = tmp_path / "office.sqlite"
    users = _office(office)
    close_db()
    init_db(office)
    database.obj.execute_sql("PRAGMA wal_autocheckpoint = 0")  # new work lives in the -wal only
    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    app = run_to_end(submit(users, Person.select().first(), 3, "direct"), users)
    _, pdf = print_document(app.number, app.result, "kk", users["executor"])
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(pdf)
    bk = backup.make_backup(backup.default_folder())
    assert Path(f"{office}-wal").stat().st_size > 0
    lost = tmp_path / "lost.sqlite"
    lost.write_bytes(office.read_bytes())  # what is left when the -wal is gone
    close_db()
    code, out = _check(lost, capsys, "--anchor", str(paper))
    assert code == 1, out
    assert any(bk.name in line and "gone" in line for line in out["audit"]), out
    assert any(str(paper) in line and "gone" in line for line in out["audit"]), out
    init_db(lost, migrate=False)
    assert Application.select().count() == 1  # the second application is indeed lost
