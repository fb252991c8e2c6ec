"""Restore and check compare the whole schema with the one the migrations build; check never
writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3

import peewee as pw
import pytest
from safe_flow import run_to_end, submit

from desk_app.cli.main import main
from desk_app.core.db import close_db, init_db
from desk_app.core.models import database
from desk_app.core.safety import backup
from desk_app.core.safety.backup import BackupError
from desk_app.core.safety.check import run_check

NOW = dt.datetime(2026, 3, 2, 12, 0)

# Each crafted change keeps every row and the audit chain intact: only the schema betrays it.
SQLITE_CRAFTS = {
    "extra trigger": (
        "CREATE TRIGGER wipe AFTER UPDATE ON application BEGIN DELETE FROM person WHERE id = 1; END",
        "trigger wipe",
    ),
    "no-op audit triggers": (
        "DROP TRIGGER audit_log_no_update ;; DROP TRIGGER audit_log_no_delete"
        " ;; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT 1; END ;; CREATE TRIGGER audit_log_no_delete BEFORE "
        "DELETE ON audit_log BEGIN SELECT 1; END",
        "trigger audit_log_no",
    ),
    "dropped unique index": ("DROP INDEX person_iin", "missing index person_iin"),
    "view over a table": (
        "ALTER TABLE calendar_edit RENAME TO calendar_edit_real ;; "
        "CREATE VIEW calendar_edit AS SELECT * FROM calendar_edit_real "
        "WHERE 0",
        "calendar_edit",
    ),
}
PG_CRAFTS = {
    "extra trigger": (
        "CREATE FUNCTION wipe() RETURNS trigger AS $$ BEGIN DELETE FROM movement; "
        "RETURN NEW; END $$ LANGUAGE plpgsql; CREATE TRIGGER wipe AFTER UPDATE ON "
        "application FOR EACH ROW EXECUTE FUNCTION wipe()",
        "trigger wipe",
    ),
    "no-op audit triggers": (
        "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
        "AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql",
        "function audit_log_append_only",
    ),
    "dropped unique index": ("DROP INDEX person_iin", "missing index person_iin"),
    "view over a table": (
        "ALTER TABLE calendar_edit RENAME TO calendar_edit_real; "
        "CREATE VIEW calendar_edit AS SELECT * FROM calendar_edit_real "
        "WHERE false",
        "calendar_edit",
    ),
}


@pytest.fixture
def office(db, users, person):
    run_to_end(submit(users, person, 2, "center"), users)
    return db


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_office_has_exactly_the_migrations_schema(office):
    report = run_check()
    assert report.ok, report.to_dict()


def test_check_reports_every_crafted_schema_change(office):
    is_pg = isinstance(office, pw.PostgresqlDatabase)
    for name, (sql, words) in (PG_CRAFTS if is_pg else SQLITE_CRAFTS).items():
        with office.atomic() as txn:
            for stmt in sql.split(" ;; "):
                office.execute_sql(stmt)
            storage = run_check().storage
            assert any(line.startswith("schema:") and words in line for line in storage), (name, storage)
            txn.rollback()
    assert run_check().ok


def test_restore_refuses_crafted_sqlite_backups(tmp_path, office, stdin_pins):
    if isinstance(office, pw.PostgresqlDatabase):
        pytest.skip("SQLite files")
    live = tmp_path / "test.sqlite"
    bk = backup.make_backup(tmp_path / "bk", NOW)
    close_db()
    before = _sha(live)
    for name, (sql, words) in SQLITE_CRAFTS.items():
        bad = tmp_path / f"{name.replace(' ', '_')}.sqlite"
        bad.write_bytes(bk.read_bytes())
        con = sqlite3.connect(bad)
        for stmt in sql.split(" ;; "):
            con.execute(stmt)
        con.commit()
        con.close()
        with pytest.raises(BackupError) as e:
            backup.restore(bad, str(live))
        # a view in a table's place is refused as a missing table, before the schema is read
        assert "схема отличается" in e.value.ru or "нет таблиц" in e.value.ru, name
        assert e.value.kk.startswith("Қалпына келтіру тоқтатылды") and words in e.value.ru, name
        stdin_pins("0000")
        assert main(["restore", str(bad), "--db", str(live), "--json"]) == 2
    assert _sha(live) == before and not list(tmp_path.glob("*.replaced-*"))
    init_db(live)


def test_restore_refuses_crafted_postgres_dumps(tmp_path, office):
    if not isinstance(office, pw.PostgresqlDatabase):
        pytest.skip("PostgreSQL dumps")
    from conftest import PG_URL

    url = f"{PG_URL.rsplit('/', 1)[0]}/{office.database}"
    for name, (sql, words) in PG_CRAFTS.items():
        with office.atomic() as txn:
            office.execute_sql(sql)
            # pg_dump reads committed data only: commit the craft, dump, then undo it below
        del txn
        bk = backup.make_backup(tmp_path / name.replace(" ", "_"), NOW)
        _undo_pg(office, name)
        close_db()
        with pytest.raises(BackupError) as e:
            backup.restore(bk, url)
        assert "схема отличается" in e.value.ru or "нет таблиц" in e.value.ru, name
        assert words in e.value.ru, (name, e.value.ru)
        init_db(url)
        assert run_check().ok, name  # the live database was not replaced


def _undo_pg(db, name: str) -> None:
    undo = {
        "extra trigger": "DROP TRIGGER wipe ON application; DROP FUNCTION wipe()",
        "no-op audit triggers": "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS "
        "trigger AS $$\n       BEGIN RAISE EXCEPTION 'audit_log is "
        "append-only'; END $$ LANGUAGE plpgsql",
        "dropped unique index": "CREATE UNIQUE INDEX person_iin ON person (iin)",
        "view over a table": "DROP VIEW calendar_edit; "
        "ALTER TABLE calendar_edit_real RENAME TO calendar_edit",
    }[name]
    db.execute_sql(undo)


def test_check_never_writes_and_reports_pending_migrations(tmp_path, office, capsys):
    if isinstance(office, pw.PostgresqlDatabase):
        pytest.skip("file bytes")
    path = tmp_path / "test.sqlite"
    database.obj.execute_sql("DELETE FROM schema_migration WHERE version = 6")
    database.obj.execute_sql("DROP INDEX person_birth_date")
    close_db()
    before = _sha(path)
    assert main(["check", "--db", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert any("0006_person_birth_date_index" in line for line in report["storage"]), report
    assert not any(line.startswith("schema:") for line in report["storage"]), report
    assert _sha(path) == before  # nothing applied, nothing written
    init_db(path, migrate=False)
    assert (
        database.obj.execute_sql("SELECT COUNT(*) FROM schema_migration WHERE version = 6").fetchone()[0] == 0
    )
    close_db()
    assert main(["check", "--db", str(tmp_path / "none.sqlite"), "--json"]) == 2
    assert not (tmp_path / "none.sqlite").exists()
    init_db(path)
