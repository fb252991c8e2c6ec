"""The schema a database must have, derived from the migrations, and what differs from it.

A backup can carry more than rows: a trigger that deletes cards on every transition, a
same-name audit trigger that does nothing, a dropped unique index, a view standing in for
a table. None of that shows in the rows or the audit chain, so `restore` and `check`
compare the file's whole schema (tables with their columns, indexes, triggers, views; on
PostgreSQL also constraints, rules and the functions triggers call) with a scratch
database built by running the same migrations the file says it has.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from functools import lru_cache
from typing import Any

import peewee as pw

Schema = dict[str, str]  # "kind name" → normalized definition


def _norm(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip())


# ---------------------------------------------------------------- reading a schema


def sqlite_schema(con: sqlite3.Connection) -> Schema:
    """Every object of a SQLite file (FTS5 shadow tables included: they come from migrations)."""
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {f"{t} {n}": f"on {tbl}: {_norm(sql)}" for t, n, tbl, sql in rows}


_PG_QUERIES = {
    "column": "SELECT table_name || '.' || column_name, "
    "data_type || ' null=' || is_nullable || ' len=' || "
    "coalesce(character_maximum_length::text, '') || ' default=' || "
    "coalesce(column_default, '') FROM information_schema.columns "
    "WHERE table_schema = current_schema() AND table_name IN (SELECT table_name FROM "
    "information_schema.tables WHERE table_schema = current_schema() "
    "AND table_type = 'BASE TABLE')",
    "table": "SELECT c.relname, c.relkind::text FROM pg_class c JOIN pg_namespace n "
    "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
    "AND c.relkind IN ('r', 'v', 'm', 'p', 'f')",
    "index": "SELECT indexname, tablename || ': ' || indexdef FROM pg_indexes "
    "WHERE schemaname = current_schema()",
    "constraint": "SELECT conrelid::regclass::text || '.' || conname, "
    "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n "
    "ON n.oid = c.connamespace WHERE n.nspname = current_schema()",
    "trigger": "SELECT t.tgname, c.relname || ': ' || pg_get_triggerdef(t.oid) || ' enabled=' "
    "|| t.tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE NOT t.tgisinternal AND n.nspname = current_schema()",
    "view": "SELECT viewname, definition FROM pg_views WHERE schemaname = current_schema()",
    "rule": "SELECT tablename || '.' || rulename, definition FROM pg_rules "
    "WHERE schemaname = current_schema()",
    "function": "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
    "p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = current_schema()",
}


def pg_schema(cursor: Any) -> Schema:
    """Every object of the current schema of a PostgreSQL connection (a DB-API cursor)."""
    out: Schema = {}
    for kind, sql in _PG_QUERIES.items():
        cursor.execute(sql)
        for name, definition in cursor.fetchall():
            # sequence names carry the table's name only; both sides build them alike
            out[f"{kind} {name}"] = _norm(str(definition))
    return out


# ---------------------------------------------------------------- the expected schema


def _run_migrations_on(db: pw.Database, versions: frozenset[int]) -> None:
    """Apply the numbered migrations in `versions` to `db` (the model proxy pointed at it)."""
    from .db import _load, create_bookkeeping, migration_files
    from .models import database

    saved = database.obj
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        create_bookkeeping(db)
        for version, path in migration_files():
            if version in versions:
                with db.atomic():
                    _load(path).up(db)
    finally:
        database.initialize(saved)


@lru_cache(maxsize=8)
def sqlite_variants(versions: frozenset[int]) -> dict[str, frozenset[str]]:
    """Other definitions of an object that the migrations `versions` have legitimately left in
    older databases (a migration's `SQLITE_VARIANTS`: CREATE statements, read back the way
    SQLite stores them)."""
    from .db import _load, migration_files

    out: dict[str, set[str]] = {}
    for version, path in migration_files():
        for sql in getattr(_load(path), "SQLITE_VARIANTS", ()) if version in versions else ():
            con = sqlite3.connect(":memory:")
            try:
                con.execute(sql)
                for key, definition in sqlite_schema(con).items():
                    out.setdefault(key, set()).add(definition)
            finally:
                con.close()
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def expected_sqlite(versions: frozenset[int]) -> Schema:
    """The SQLite schema the migrations `versions` build (in memory, cached per process)."""
    db = pw.SqliteDatabase(":memory:")
    try:
        _run_migrations_on(db, versions)
        return sqlite_schema(db.connection())
    finally:
        db.close()


_pg_cache: dict[tuple[str, frozenset[int]], Schema] = {}


def expected_pg(params: dict[str, Any], versions: frozenset[int]) -> Schema:
    """The PostgreSQL schema the migrations build, in a scratch database on the same server
    (created and dropped here; the office database is not touched)."""
    import psycopg2

    key = (f"{params.get('host')}:{params.get('port')}", versions)
    if key in _pg_cache:
        return _pg_cache[key]
    scratch = f"kense_schema_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(**{**params, "dbname": "postgres"})
    admin.autocommit = True
    try:
        admin.cursor().execute(f'CREATE DATABASE "{scratch}"')
        db = pw.PostgresqlDatabase(scratch, **params)
        try:
            _run_migrations_on(db, versions)
            _pg_cache[key] = pg_schema(db.cursor())
        finally:
            db.close()
    finally:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        admin.close()
    return _pg_cache[key]


def pg_params(db: pw.PostgresqlDatabase) -> dict[str, Any]:
    return {k: v for k, v in db.connect_params.items() if k in ("host", "port", "user", "password") and v}


def refusal_lines(diffs: list[str], limit: int = 10) -> str:
    more = f"; … +{len(diffs) - limit}" if len(diffs) > limit else ""
    return "; ".join(diffs[:limit]) + more


# ---------------------------------------------------------------- comparing


def differences(
    expected: Schema, actual: Schema, variants: dict[str, frozenset[str]] | None = None
) -> list[str]:
    """Plain lines naming every object missing, extra or defined otherwise (a definition in
    `variants` of its name is not otherwise: an older database legitimately has it)."""
    variants = variants or {}
    out = [f"missing {k}" for k in sorted(expected.keys() - actual.keys())]
    out += [f"extra {k} ({actual[k][:120]})" for k in sorted(actual.keys() - expected.keys())]
    out += [
        f"altered {k}: {actual[k][:120]}"
        for k in sorted(expected.keys() & actual.keys())
        if expected[k] != actual[k] and actual[k] not in variants.get(k, ())
    ]
    return out


def sqlite_differences(con: sqlite3.Connection, versions: frozenset[int]) -> list[str]:
    """A SQLite file against the schema of the migrations `versions`."""
    return differences(expected_sqlite(versions), sqlite_schema(con), sqlite_variants(versions))


def pg_differences(cursor: Any, params: dict[str, Any], versions: frozenset[int]) -> list[str]:
    """A PostgreSQL database (a DB-API cursor) against the schema of the migrations `versions`,
    built on the server `params` name. Its column order is not compared (information_schema
    lists columns by name), so it needs no variants."""
    return differences(expected_pg(params, versions), pg_schema(cursor))


def live_differences(db: pw.Database) -> list[str]:
    """The open database against the schema of the migrations it records."""
    from .db import applied_versions

    versions = applied_versions(db)
    if isinstance(db, pw.PostgresqlDatabase):
        return pg_differences(db.cursor(), pg_params(db), versions)
    return sqlite_differences(db.connection(), versions)
