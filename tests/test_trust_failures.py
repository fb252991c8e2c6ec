"""Failures told plainly (one Kazakh/Russian message, exit 2) and nothing left half-done."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import stat
import time
from pathlib import Path

import peewee as pw
import pytest
from safe_flow import run_to_end, submit
from test_check import _url

from desk_app.cli.main import main
from desk_app.core import db as db_mod
from desk_app.core import failures
from desk_app.core.db import close_db, init_db
from desk_app.core.models import Application, AuditLog, Person
from desk_app.core.safety import backup


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _err(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def office_file(tmp_path):
    """A closed SQLite office with one finished application (users' PIN 0000)."""
    from conftest import make_person

    from desk_app.core import auth

    path = tmp_path / "office.sqlite"
    init_db(path)
    users = {
        r: auth.create_user(r, "Тестов", "Аты", [r], "0000")
        for r in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin")
    }
    run_to_end(submit(users, make_person(users["admin"]), 2, "direct"), users)
    close_db()
    yield path
    close_db()


def test_disk_full_is_named_not_hidden_by_the_failed_rollback(office_file, monkeypatch, capsys, stdin_pins):
    from desk_app.documents.journal import PrintedDocument

    con = sqlite3.connect(office_file)
    con.execute("VACUUM")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    # SQLite's own "disk full" path: the file may not grow by a single page
    monkeypatch.setitem(db_mod.SQLITE_PRAGMAS, "max_page_count", pages)
    init_db(office_file, migrate=False)
    number = Application.select().first().number
    records = AuditLog.select().where(~AuditLog.action.startswith("row."))  # the sign-in's images aside
    counts = (records.count(), PrintedDocument.select().count())
    close_db()
    stdin_pins("0000")
    code = main(
        [
            "print",
            number,
            "--doc",
            "notification",
            "--out",
            str(office_file.parent / "r.pdf"),
            "--db",
            str(office_file),
            "--user",
            "executor",
            "--json",
        ]
    )
    assert code == 2
    err = _err(capsys)
    assert (err["kk"], err["ru"]) == failures.DISK_FULL
    close_db()
    monkeypatch.delitem(db_mod.SQLITE_PRAGMAS, "max_page_count")
    init_db(office_file, migrate=False)
    assert (records.count(), PrintedDocument.select().count()) == counts
    assert not (office_file.parent / "r.pdf").exists()


def test_a_locked_database_is_told_plainly(office_file, monkeypatch, capsys, stdin_pins):
    monkeypatch.setitem(db_mod.SQLITE_PRAGMAS, "busy_timeout", 200)
    init_db(office_file, migrate=False)
    rows = AuditLog.select().count()
    close_db()
    other = sqlite3.connect(office_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another desk in the middle of a long write
    try:
        stdin_pins("0000")
        assert main(["backup", "--db", str(office_file), "--json"]) == 2
        err = _err(capsys)
        assert (err["kk"], err["ru"]) == failures.LOCKED
    finally:
        other.rollback()
        other.close()
        close_db()
    init_db(office_file, migrate=False)
    assert AuditLog.select().count() == rows  # not even the sign-in was half-written
    assert not list(backup.default_folder().glob("kense-*"))


@pytest.mark.parametrize(
    "url, expected",
    [
        ("postgresql://kense:secret@127.0.0.1:1/kense", failures.UNREACHABLE),
        ("postgresql://postgres:certainly-wrong@localhost/postgres", failures.BAD_PASSWORD),
    ],
)
def test_server_away_or_wrong_password(url, expected, capsys):
    if expected is failures.BAD_PASSWORD:
        import psycopg2

        try:
            psycopg2.connect(url).close()
            pytest.skip("this server lets any password in")
        except psycopg2.OperationalError as e:
            if "password" not in str(e):
                pytest.skip("no PostgreSQL server here")
    assert main(["status", "2026-000001", "--db", url, "--json"]) == 2
    err = _err(capsys)
    assert (err["kk"], err["ru"]) == expected
    assert "secret" not in json.dumps(err) and "certainly-wrong" not in json.dumps(err)


def test_unknown_url_scheme_creates_no_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["status", "--db", "mysql://kense:pw@host/kense", "--json"]) == 2
    err = _err(capsys)
    assert "mysql://" in err["kk"] and "mysql://" in err["ru"] and "pw" not in err["ru"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("mysql")]


def test_read_only_errors_are_recognised():
    assert failures.explain(OSError(errno.EROFS, "Read-only file system")).ru == failures.READ_ONLY[1]
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA query_only = 1")
    try:
        con.execute("CREATE TABLE t (x)")
    except sqlite3.OperationalError as e:
        real = e
    assert failures.explain(pw.OperationalError(real)) is not None
    assert failures.explain(ValueError("a bug")) is None  # bugs go to the crash report


def test_print_into_a_bad_place_takes_no_number(db, users, person, tmp_path, capsys, stdin_pins):
    from desk_app.documents.journal import OutgoingEntry, PrintedDocument

    app = submit(users, person, 2, "direct")
    counts = (OutgoingEntry.select().count(), PrintedDocument.select().count())
    for out, field in [(tmp_path / "missing" / "t.pdf", "out"), (tmp_path, "out"), ("/sys/t.pdf", "out")]:
        stdin_pins("0000")
        assert (
            main(
                [
                    "print",
                    app.number,
                    "--doc",
                    "talon",
                    "--out",
                    str(out),
                    "--db",
                    _url(db),
                    "--user",
                    "office_clerk",
                    "--json",
                ]
            )
            == 2
        ), out
        err = _err(capsys)
        assert err["field"] == field and err["kk"] and err["ru"], err
    assert (OutgoingEntry.select().count(), PrintedDocument.select().count()) == counts
    assert not AuditLog.select().where(AuditLog.action == "document.print").exists()
    assert not list(tmp_path.glob(".*.partial"))


def test_demo_refuses_a_non_empty_office_and_bad_sizes(db, users, capsys):
    n = Person.select().count()
    assert main(["demo", "--db", _url(db), "--persons", "20", "--applications", "5", "--json"]) == 2
    assert "не пуста" in _err(capsys)["ru"]
    assert main(["demo", "--db", _url(db), "--persons", "-5", "--json"]) == 2
    err = _err(capsys)
    assert err["field"] == "persons" and "демо" in err["ru"]
    assert Person.select().count() == n


def test_restore_never_leaves_the_path_without_a_database(office_file, tmp_path, monkeypatch):
    init_db(office_file)
    bk = backup.make_backup(tmp_path / "bk")
    close_db()
    before = _sha(office_file)

    def killed(*a, **k):
        raise OSError(errno.EIO, "killed here")

    monkeypatch.setattr(backup.os, "replace", killed)
    with pytest.raises(backup.BackupError):
        backup.restore(bk, str(office_file))
    assert office_file.exists() and _sha(office_file) == before
    monkeypatch.undo()
    out = backup.restore(bk, str(office_file))
    assert os.path.exists(out["kept"]) and office_file.exists()


def test_restore_folds_in_the_sources_wal(office_file, tmp_path):
    """A copy taken with its -wal beside it: the committed work in the WAL is not lost."""
    src = tmp_path / "copy.sqlite"
    writer = sqlite3.connect(office_file, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("BEGIN")
    writer.execute("UPDATE person SET phone = '+77001112233'")  # committed, living in the WAL
    writer.execute("COMMIT")
    src.write_bytes(office_file.read_bytes())
    (tmp_path / "copy.sqlite-wal").write_bytes((office_file.parent / "office.sqlite-wal").read_bytes())
    writer.close()
    assert (tmp_path / "copy.sqlite-wal").stat().st_size > 0
    target = tmp_path / "new.sqlite"
    out = backup.restore(src, str(target))
    assert out["counts"]["application"] == 1
    con = sqlite3.connect(target)
    assert con.execute("SELECT phone FROM person").fetchone()[0] == "+77001112233"
    con.close()
    assert not (tmp_path / "copy.sqlite-wal").exists() or (tmp_path / "copy.sqlite-wal").stat().st_size == 0


def test_stale_partial_backups_and_export_sheets_are_cleaned(db, users, person, tmp_path, monkeypatch):
    import tempfile

    from desk_app.reports.monthly import export_month

    folder = tmp_path / "bk"
    folder.mkdir()
    stale, fresh = folder / "kense-20260101-000000.sqlite.partial", folder / "kense-x.partial"
    for p in (stale, fresh):
        p.write_bytes(b"x" * 100)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    backup.make_backup(folder)
    assert not stale.exists() and fresh.exists()  # a running backup's file is left alone

    private_tmp = tmp_path / "systmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    left = out_dir / ".~kense-export-abc"
    left.write_text("8503...")
    os.utime(left, (old, old))
    run_to_end(submit(users, person, 2, "direct"), users)
    app = Application.select().first()
    export_month(app.submitted_at.year, app.submitted_at.month, out_dir / "m.xlsx", show_iin=True)
    assert list(private_tmp.iterdir()) == []  # no sheet with IINs in the system temp folder
    assert sorted(p.name for p in out_dir.iterdir()) == ["m.xlsx"]


def _freeze(path):
    """Make `path` read-only for real and return the undo. Root ignores file modes, so as root
    the immutable attribute stands in (what a read-only share or a locked-down folder does)."""
    import subprocess

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("this file system has no immutable attribute")
        return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    os.chmod(path, 0o500 if path.is_dir() else 0o400)
    return lambda: os.chmod(path, mode)


def _files(folder) -> dict[str, str]:
    return {p.name: _sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_file_or_folder_is_told_plainly(office_file, tmp_path, capsys, stdin_pins, what):
    from desk_app.documents.journal import OutgoingEntry

    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "office.sqlite"
    path.write_bytes(office_file.read_bytes())  # a closed office: no -wal or -shm beside it
    con = sqlite3.connect(path)
    number = con.execute("SELECT number FROM application").fetchone()[0]
    con.close()  # its -wal and -shm go with it
    before = _files(folder)
    thaw = _freeze(path if what == "file" else folder)
    try:
        stdin_pins("0000")
        argv = ["print", number, "--doc", "notification", "--out", str(tmp_path / "r.pdf")]
        code = main([*argv, "--db", str(path), "--user", "executor", "--json"])
        err = _err(capsys)
    finally:
        close_db()
        thaw()
    assert code == 2, err
    assert (err["kk"], err["ru"]) == failures.READ_ONLY, err
    after = _files(folder)
    assert after.pop("office.sqlite") == before["office.sqlite"]  # not a byte changed
    wal = folder / "office.sqlite-wal"  # SQLite may open an empty WAL index beside a read-only file
    assert set(after) <= {"office.sqlite-wal", "office.sqlite-shm"} and (
        not wal.exists() or not wal.stat().st_size
    )
    assert not (tmp_path / "r.pdf").exists()
    init_db(path, migrate=False)
    assert not OutgoingEntry.select().exists()


def test_print_into_a_read_only_folder_takes_no_number(office_file, tmp_path, capsys, stdin_pins):
    from desk_app.documents.journal import OutgoingEntry

    out = tmp_path / "out"
    out.mkdir()
    thaw = _freeze(out)
    try:
        stdin_pins("0000")
        number = "2026-000001"
        argv = ["print", number, "--doc", "notification", "--out", str(out / "r.pdf")]
        code = main([*argv, "--db", str(office_file), "--user", "executor", "--json"])
        err = _err(capsys)
    finally:
        close_db()
        thaw()
    assert code == 2 and err["field"] == "out" and err["kk"] and err["ru"], err
    assert list(out.iterdir()) == []
    init_db(office_file, migrate=False)
    assert not OutgoingEntry.select().exists()
    assert not AuditLog.select().where(AuditLog.action == "document.print").exists()
    close_db()


def test_restore_refuses_a_wal_it_cannot_fold_in(office_file, tmp_path, capsys, stdin_pins):
    """A copy with its -wal beside it in a folder nobody may write: folding is impossible, and
    checking the bare file would pass and lose the work in the WAL, so it is refused."""
    src_dir = tmp_path / "stick"
    src_dir.mkdir()
    writer = sqlite3.connect(office_file, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE person SET phone = '+77001112233'")
    (src_dir / "copy.sqlite").write_bytes(office_file.read_bytes())
    (src_dir / "copy.sqlite-wal").write_bytes(Path(f"{office_file}-wal").read_bytes())
    writer.close()
    target = tmp_path / "live" / "kense.sqlite"
    target.parent.mkdir()
    target.write_bytes(office_file.read_bytes())
    before, src_before = _sha(target), _files(src_dir)
    thaw = _freeze(src_dir)
    try:
        stdin_pins("0000")
        code = main(["restore", str(src_dir / "copy.sqlite"), "--db", str(target), "--json"])
        err = _err(capsys)
    finally:
        close_db()
        thaw()
    assert code == 2 and "-wal" in err["kk"] and "-wal" in err["ru"], err
    assert _sha(target) == before and sorted(p.name for p in target.parent.iterdir()) == ["kense.sqlite"]
    assert _files(src_dir) == src_before


def test_leftovers_are_cleaned_at_the_next_start(office_file, tmp_path, capsys):
    """A backup or export killed last time: its files go at the next run of any command."""
    from desk_app.core.paths import user_data_dir

    backups = user_data_dir() / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    old = time.time() - 3600
    stale = [
        backups / "kense-20260101-000000.sqlite.partial",
        backups / "kense-20260101-000000.dump.partial.anchor",
        user_data_dir() / ".~kense-export-x1y2",
        user_data_dir() / "month.xlsx.part",
    ]
    for p in stale:
        p.write_bytes(b"x" * 100)
        os.utime(p, (old, old))
    live = backups / "kense-20260102-000000.sqlite.partial"  # a backup running right now
    live.write_bytes(b"x")
    assert main(["status", "2026-000001", "--db", str(office_file), "--json"]) == 0
    capsys.readouterr()
    assert [p for p in stale if p.exists()] == [] and live.exists()
