"""Backups: online copies with timestamps, rotation, the daily schedule, checked restores."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import peewee as pw
import pytest
from safe_flow import (
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.cli.main import main
from desk_app.core import settings
from desk_app.core.db import close_db, init_db
from desk_app.core.models import Application, AuditLog
from desk_app.core.safety import backup
from desk_app.core.safety.backup import BackupError
from desk_app.core.safety.check import run_check

NOW = dt.datetime(2026, 3, 2, 9, 0, 0)


def _is_pg(db) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


@pytest.fixture
def filled(db, users, person):
    run_to_end(submit(users, person, 2, "center"), users)
    run_to_end(submit(users, person, 1, "direct"), users, stop_kind="sign")
    backup.reset_schedule()
    yield db
    backup.reset_schedule()


def test_backup_names_rotation_and_contents(filled, tmp_path):
    folder = tmp_path / "bk"
    made = [backup.make_backup(folder, NOW + dt.timedelta(hours=i), keep=3) for i in range(5)]
    ext = "dump" if _is_pg(filled) else "sqlite"
    assert made[0].name == f"kense-20260302-090000.{ext}"
    left = [p.name for _, p in backup.list_backups(folder)]
    assert left == [m.name for m in made[-3:]]
    assert not list(folder.glob("*.partial"))
    same = backup.make_backup(folder, NOW + dt.timedelta(hours=4), keep=3)  # same second
    assert same.name == f"kense-20260302-130000-1.{ext}"
    if not _is_pg(filled):
        con = sqlite3.connect(made[-1])
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*) FROM application").fetchone()[0] == 2
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        con.close()
    else:
        assert made[-1].read_bytes()[:5] == b"PGDMP"


def test_backup_taken_while_a_writer_holds_the_lock(filled, users, person, tmp_path):
    """The online copy does not wait for, nor break, work in progress."""
    if _is_pg(filled):
        pytest.skip("SQLite backup API")
    from desk_app.core.db import transaction

    with transaction():
        submit(users, person, 3, "direct")
        path = backup.make_backup(tmp_path / "bk", NOW)
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM application").fetchone()[0] == 2  # not the open one
    con.close()


def test_maybe_backup_at_start_then_daily(filled, tmp_path):
    folder = tmp_path / "daily"
    assert backup.maybe_backup(folder, NOW) is not None  # start of the program
    assert backup.maybe_backup(folder, NOW + dt.timedelta(hours=1)) is None
    assert backup.maybe_backup(folder, NOW + dt.timedelta(hours=23, minutes=59)) is None
    assert backup.maybe_backup(folder, NOW + dt.timedelta(days=1)) is not None
    assert len(backup.list_backups(folder)) == 2
    backup.reset_schedule()  # a new start of the program makes one again
    assert backup.maybe_backup(folder, NOW + dt.timedelta(days=1, hours=2)) is not None


def test_backup_folder_setting(filled, users, tmp_path, monkeypatch):
    monkeypatch.setenv("KENSE_DATA_DIR", str(tmp_path / "data"))
    assert backup.backup_folder() == tmp_path / "data" / "backups"
    settings.set_setting("backup_dir", str(tmp_path / "chosen"), users["admin"])
    assert backup.backup_folder() == tmp_path / "chosen"
    path = backup.maybe_backup(now=NOW)
    assert path.parent == tmp_path / "chosen"


def test_unwritable_folder_is_a_clear_error(filled, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BackupError) as e:
        backup.make_backup(blocker / "sub", NOW)
    assert e.value.kk and e.value.ru and e.value.field == "backup_dir"


def test_pg_dump_missing_is_a_clear_error(filled, tmp_path, monkeypatch):
    if not _is_pg(filled):
        pytest.skip("PostgreSQL only")
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(BackupError) as e:
        backup.make_backup(tmp_path / "bk", NOW)
    assert "pg_dump" in e.value.kk and "pg_dump" in e.value.ru
    assert not list((tmp_path / "bk").glob("*"))


# ---------------------------------------------------------------- restore (SQLite)


@pytest.fixture
def sqlite_office(tmp_path):
    """A closed SQLite office file with a backup of it, then more work after the backup."""
    from conftest import make_person

    from desk_app.core import auth

    path = tmp_path / "office.sqlite"
    init_db(path)
    users = {
        r: auth.create_user(r, "Тестов", "Аты", [r], "0000")
        for r in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin")
    }
    person = make_person(users["admin"])
    run_to_end(submit(users, person, 2, "center"), users)
    bk = backup.make_backup(tmp_path / "bk", NOW)
    run_to_end(submit(users, person, 3, "direct"), users)  # after the backup
    close_db()
    yield path, bk
    close_db()


def test_restore_replaces_and_keeps_the_old_database(sqlite_office, capsys, stdin_pins):
    path, bk = sqlite_office
    stdin_pins("0000")
    assert main(["restore", str(bk), "--db", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    kept = out["kept"]
    assert kept.startswith(str(path) + ".replaced-") and out["counts"]["application"] == 1
    init_db(path)
    assert Application.select().count() == 1 and run_check().ok
    close_db()
    init_db(kept)  # the replaced database is whole, with the later application
    assert Application.select().count() == 2 and run_check().ok
    close_db()


def _damaged_copies(bk, tmp_path):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(bk.read_bytes()[: len(bk.read_bytes()) // 2])
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    tampered = tmp_path / "tampered.sqlite"
    tampered.write_bytes(bk.read_bytes())
    con = sqlite3.connect(tampered)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET user = 'x' WHERE id = 3")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'").fetchone()
    con.execute(sql[0].replace("no_delete", "no_update").replace("DELETE", "UPDATE"))
    con.commit()
    con.close()
    return {
        "garbage": (garbage, "SQLite"),
        "truncated": (truncated, "повреждён"),
        "foreign": (foreign, "нет таблиц"),
        "tampered": (tampered, "цепочка аудита"),
        "missing": (tmp_path / "nope.sqlite", "нет файла"),
    }


def test_restore_refuses_bad_files_and_touches_nothing(sqlite_office, tmp_path, capsys, stdin_pins):
    path, bk = sqlite_office
    before = path.read_bytes()
    for name, (bad, words) in _damaged_copies(bk, tmp_path).items():
        stdin_pins("0000")
        assert main(["restore", str(bad), "--db", str(path), "--json"]) == 2, name
        err = json.loads(capsys.readouterr().out)
        assert err["field"] == "file" and words in err["ru"], (name, err)
        assert err["kk"].startswith("Қалпына келтіру тоқтатылды")
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.replaced-*")) and not list(path.parent.glob("*.restoring"))


def test_restore_refused_while_the_desk_has_the_database_open(sqlite_office, capsys, stdin_pins):
    path, bk = sqlite_office
    desk = sqlite3.connect(path)  # another desk, idle but connected
    desk.execute("SELECT COUNT(*) FROM application").fetchall()
    before = path.read_bytes()
    try:
        assert main(["restore", str(bk), "--db", str(path), "--json"]) == 2
        assert "закройте" in json.loads(capsys.readouterr().out)["ru"]
    finally:
        desk.close()
    assert path.read_bytes() == before
    stdin_pins("0000")
    assert main(["restore", str(bk), "--db", str(path), "--json"]) == 0


def test_restore_over_a_broken_database(sqlite_office):
    path, bk = sqlite_office
    path.write_bytes(b"\0" * 4096)
    out = backup.restore(bk, str(path))
    assert out["kept"]
    init_db(path)
    assert Application.select().count() == 1 and AuditLog.select().count() > 0
    close_db()


def test_cli_backup(db, users, tmp_path, capsys, stdin_pins):
    from test_check import _url

    stdin_pins("0000")
    assert main(["backup", "--db", _url(db), "--out", str(tmp_path / "o"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["bytes"] > 0 and out["backup"].startswith(str(tmp_path / "o" / "kense-"))


# ---------------------------------------------------------------- restore (PostgreSQL)


def test_postgres_dump_and_restore(filled, users, person, tmp_path):
    if not _is_pg(filled):
        pytest.skip("PostgreSQL only")
    from conftest import PG_URL

    bk = backup.make_backup(tmp_path / "bk", NOW)
    submit(users, person, 4, "direct")  # after the backup
    name = filled.database
    url = f"{PG_URL.rsplit('/', 1)[0]}/{name}"
    close_db()
    out = backup.restore(bk, url)
    assert out["restored"] == name and out["kept"] and out["counts"]["application"] == 2
    init_db(url)
    assert Application.select().count() == 2 and run_check().ok
    close_db()
    import psycopg2

    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    admin.cursor().execute(f'DROP DATABASE "{out["kept"]}" WITH (FORCE)')
    admin.close()
    init_db(url)  # the fixture drops this one at the end
