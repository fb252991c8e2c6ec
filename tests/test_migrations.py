"""Migrations that stand still: a fresh database built by the migrations has exactly the schema
of an old one upgraded step by step, on SQLite and on PostgreSQL; the numbering has no gap;
a database recorded under the old numbering upgrades without applying anything twice; and
the live models match what the migrations build (a model changed without a migration fails).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest
from conftest import PG_URL

from desk_app.core import schema, search
from desk_app.core.audit import verify_chain
from desk_app.core.db import (
    RENUMBERED,
    _load,
    apply_migration,
    close_db,
    create_bookkeeping,
    init_db,
    migration_files,
    run_migrations,
)
from desk_app.core.models import BaseModel, database

BACKENDS = ["sqlite", "postgres"] if PG_URL else ["sqlite"]
T = dt.datetime(2026, 6, 1, 10, 0)


@pytest.fixture(params=BACKENDS)
def new_db(request, tmp_path) -> Iterator:
    """A maker of empty databases (URLs) of one backend; PostgreSQL ones dropped at the end."""
    made: list[str] = []

    def make(label: str) -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"{label}.sqlite")
        import psycopg2

        name = f"kense_mig_{label}_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(PG_URL)
        admin.autocommit = True
        admin.cursor().execute(f"CREATE DATABASE {name}")
        admin.close()
        made.append(name)
        return f"{PG_URL.rsplit('/', 1)[0]}/{name}"

    yield make
    close_db()
    if made:
        import psycopg2

        admin = psycopg2.connect(PG_URL)
        admin.autocommit = True
        for name in made:
            admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def _schema_of(db: pw.Database) -> schema.Schema:
    if isinstance(db, pw.PostgresqlDatabase):
        return schema.pg_schema(db.cursor())
    return schema.sqlite_schema(db.connection())


def _ph(db: pw.Database) -> str:
    return "%s" if isinstance(db, pw.PostgresqlDatabase) else "?"


def _old_office(url: str) -> pw.Database:
    """A database as the runner left it before the renumbering, stopped at the old 0008:
    migrations 0001-0005, then the birth-date index recorded under its old name, and a few
    rows written in that schema (a clerk, a card, a Center application with its steps)."""
    db = init_db(url, migrate=False)
    create_bookkeeping(db)
    for version, path in migration_files()[:6]:
        apply_migration(db, version, path)
    db.execute_sql(
        "UPDATE schema_migration SET version = 8, name = '0008_person_birth_date_index' WHERE version = 6"
    )
    p = _ph(db)
    db.execute_sql(
        'INSERT INTO "user" (login, surname, name, patronymic, roles, pin_hash, failed_attempts, active) '
        f"VALUES ({p}, {p}, {p}, '', {p}, 'x', 0, {p})",
        ("clerk", "Әлиева", "Гүлнар", "center_inspector", True),
    )
    db.execute_sql(
        "INSERT INTO person (iin, surname, name, patronymic, surname_key, name_key, birth_date, sex, "
        "address, phone, education, profession, last_employment, disability_cause, employer, "
        "rehab_items, contraindications, created_at, updated_at, version) "
        f"VALUES ({p}, {p}, {p}, '', {p}, {p}, {p}, 'M', '', '', '', '', '', '', '', '', '', {p}, {p}, 1)",
        ("870412300123", "Сейітов", "Ерлан", "сейітов", "сейітов ерлан", dt.date(1987, 4, 12), T, T),
    )
    db.execute_sql(
        "INSERT INTO application (number, year, seq, service, channel, wording, person_id, "
        "submitted_at, term_due_at, state, refusal_reasoning, accepted_by_id, place_of_issue, "
        f"issued_to, version) VALUES ({p}, 2026, 1, 2, 'center', {p}, 1, {p}, {p}, 'dispatch', '', 1, "
        "'', '', 1)",
        ("2026-000001", "kzo-251-2012-486", T, T + dt.timedelta(days=1)),  # a wrong term, put right by 0007
    )
    for no, role, started, done in ((1, "center_inspector", T, T), (2, "dispatch_inspector", T, None)):
        db.execute_sql(
            "INSERT INTO step (application_id, no, role, started_at, completed_at, counted, outcome, note) "
            f"VALUES (1, {p}, {p}, {p}, {p}, {p}, '', '')",
            (no, role, started, done, True),
        )
    db.execute_sql(
        f"INSERT INTO attached_document (application_id, code, title) VALUES (1, NULL, {p})", ("Өтініш",)
    )
    return db


def test_numbering_runs_without_a_gap() -> None:
    versions = [v for v, _ in migration_files()]
    assert versions == list(range(1, len(versions) + 1)), versions
    names = {p.stem for _, p in migration_files()}
    assert set(RENUMBERED.values()) <= names  # every old name maps onto a file that exists


def test_fresh_and_upgraded_step_by_step_have_the_same_schema(new_db) -> None:
    fresh = init_db(new_db("fresh"))
    want = _schema_of(fresh)
    assert schema.live_differences(fresh) == []
    close_db()

    old = _old_office(new_db("old"))
    assert run_migrations(old) == [7, 8, 9, 10, 11]  # the old 0008 (now 0006) is not applied again
    got = _schema_of(old)
    assert schema.differences(want, got) == [] and got == want
    rows = old.execute_sql("SELECT version, name FROM schema_migration ORDER BY version").fetchall()
    assert rows == [(v, p.stem) for v, p in migration_files()]
    # the rows written in the old schema are all there, and 0007 put the term right
    # (a table rebuilt by 0007 on SQLite must not cascade its deletion into steps, documents)
    assert old.execute_sql("SELECT COUNT(*) FROM step").fetchone()[0] == 2
    assert old.execute_sql("SELECT COUNT(*) FROM attached_document").fetchone()[0] == 1
    term, result_due = old.execute_sql("SELECT term_due_at, result_due_at FROM application").fetchone()
    assert result_due is not None and str(term) != str(T + dt.timedelta(days=1))
    assert verify_chain() == []
    assert (
        old.execute_sql(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'application.recompute_terms'"
        ).fetchone()[0]
        == 1
    )
    assert schema.live_differences(old) == []
    assert run_migrations(old) == []


def test_a_database_fully_migrated_under_the_old_names_applies_nothing(new_db, tmp_path) -> None:
    url = new_db("named")
    db = init_db(url)
    # an office from before the after-images: 0011 came after the renumbering
    db.execute_sql("DELETE FROM schema_migration WHERE version = 11")
    for old, new in sorted(RENUMBERED.items(), reverse=True):  # the highest first: versions are keys
        db.execute_sql(
            f"UPDATE schema_migration SET version = {_ph(db)}, name = {_ph(db)} WHERE name = {_ph(db)}",
            (int(old[:4]), old, new),
        )
    stamps = dict(db.execute_sql("SELECT name, applied_at FROM schema_migration").fetchall())
    # read-only readers (check, restore) see today's numbers without rewriting anything
    assert schema.live_differences(db) == []
    if not isinstance(db, pw.PostgresqlDatabase):
        close_db()
        from desk_app.core.safety import backup

        assert backup.verify_sqlite_file(Path(url))["application"] == 0
        db = init_db(url, migrate=False)
    assert run_migrations(db) == [11]  # the renumbered ones are not applied again
    rows = db.execute_sql(
        "SELECT version, name, applied_at FROM schema_migration ORDER BY version"
    ).fetchall()
    assert [(v, n) for v, n, _ in rows] == [(v, p.stem) for v, p in migration_files()]
    for old, new in RENUMBERED.items():  # the dates they were applied are kept
        assert str(next(a for _, n, a in rows if n == new)) == str(stamps[old])
    copies = list(tmp_path.glob("*.pre-migration-*"))  # one copy, before 0011 alone
    assert len(copies) == (0 if isinstance(db, pw.PostgresqlDatabase) else 1)


def test_a_database_whose_0001_came_from_the_live_models_is_accepted(tmp_path) -> None:
    """Until 0001 was frozen it built tables from the models of its day: databases made after
    0007 have its four columns in the middle of `application`. restore and check accept that
    order (0007's SQLITE_VARIANTS) and nothing else."""
    (variant,) = _load(migration_files()[6][1]).SQLITE_VARIANTS
    con = sqlite3.connect(":memory:")
    con.execute(variant)
    want = schema.sqlite_schema(con)
    db = init_db(tmp_path / "then.sqlite", migrate=False)
    create_bookkeeping(db)
    db.execute_sql(variant)
    for version, path in migration_files():
        apply_migration(db, version, path)  # 0001 leaves the table it finds; 0007 adds no column
    got = schema.sqlite_schema(db.connection())
    assert got["table application"] == want["table application"]
    assert schema.live_differences(db) == []
    versions = frozenset(range(1, 11))
    assert schema.differences(schema.expected_sqlite(versions), got) == [
        f"altered table application: {got['table application'][:120]}"
    ]
    db.execute_sql('ALTER TABLE "application" ADD COLUMN "extra" TEXT')
    assert any("altered table application" in d for d in schema.live_differences(db))


def _models() -> list[type[BaseModel]]:
    """Every table model of the domain (all of core, documents, reports imported first)."""
    for pkg in ("core", "documents", "reports"):
        mod = importlib.import_module(f"desk_app.{pkg}")
        for info in pkgutil.walk_packages(mod.__path__, f"desk_app.{pkg}."):
            importlib.import_module(info.name)
    out, todo = [], list(BaseModel.__subclasses__())
    while todo:
        m = todo.pop()
        todo += m.__subclasses__()
        if m._meta.database is database:
            out.append(m)
    return sorted(out, key=lambda m: m._meta.table_name)


def test_the_models_match_the_migrated_schema(new_db) -> None:
    models = _models()
    assert {"application", "complaint", "absence", "id_document", "printed_document"} <= {
        m._meta.table_name for m in models
    }
    db = init_db(new_db("models"))
    on_sqlite = isinstance(db, pw.SqliteDatabase)
    scratch = pw.SqliteDatabase(":memory:")
    with scratch.bind_ctx(models):
        scratch.create_tables(models)
    built = schema.sqlite_schema(scratch.connection())
    migrated = _schema_of(db)
    problems = []
    for m in models:
        table = m._meta.table_name
        if not db.table_exists(table):
            problems.append(f"{table}: no migration creates it")
            continue
        have = {(c.name, c.null) for c in db.get_columns(table)}
        want = {(c.name, c.null) for c in scratch.get_columns(table)}
        if have != want:
            problems.append(f"{table}: migrated {sorted(have - want)} ≠ model {sorted(want - have)}")
        if on_sqlite:  # the declared types and the model's indexes, as SQLite spells them
            types = {(c.name, c.data_type) for c in db.get_columns(table)}
            if types != {(c.name, c.data_type) for c in scratch.get_columns(table)}:
                problems.append(f"{table}: column types differ")
            for key, definition in built.items():
                if key.startswith("index ") and definition.startswith(f"on {table}:"):
                    if migrated.get(key, "").replace('"', "") != definition.replace('"', ""):
                        problems.append(f"{table}: {key} missing or other than the model's")
    scratch.close()
    assert not problems, "\n".join(problems)


def test_the_search_index_bulk_loading_puts_back_is_the_migrations_one() -> None:
    frozen = _load(migration_files()[4][1]).FTS
    assert frozen[0] == search.FTS_TABLE_DDL and tuple(frozen[1:4]) == search.FTS_TRIGGERS


def test_the_migrations_do_not_read_the_live_models() -> None:
    """A migration that builds from today's models changes with them: only frozen copies."""
    for _, path in migration_files():
        text = path.read_text(encoding="utf-8")
        assert "create_tables(" not in text or "bind_ctx" in text, path.name
        assert "core.models" not in text and "core import models" not in text, path.name
