"""Opening the database (SQLite file or PostgreSQL URL) and running migrations."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import peewee as pw
from playhouse.db_url import connect

from .models import SchemaMigration, database
from .paths import default_db_path, secure_file
from .paths import migrations_dir as migrations_dir

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed transaction survives a power cut
    "busy_timeout": 10000,
    "cache_size": -32000,
}


def is_postgres(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("postgres://", "postgresql://"))


def open_database(url: str | Path | None = None, readonly: bool = False) -> pw.Database:
    """A peewee database for a path or URL; the default is the per-user SQLite file.

    `readonly`: a SQLite file is opened with `mode=ro` (never created, never changed; the
    suspect file `check` looks at keeps its bytes), a PostgreSQL session is read-only.
    """
    target = str(url) if url else str(default_db_path())
    if is_postgres(target):
        db: pw.Database = connect(target)
        if readonly:
            db.connect_params["options"] = "-c default_transaction_read_only=on"
        return db
    if "://" in target and not target.startswith("sqlite:"):
        from .failures import unknown_scheme

        raise unknown_scheme(target)  # not silently a file named "mysql:/host/db"
    if readonly and not target.startswith("sqlite:"):
        path = Path(target).expanduser()
        if not path.is_file():
            from .errors import NotFound

            raise NotFound(f"Дерекқор файлы жоқ: {path}", f"Нет файла базы: {path}", "db")
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        return pw.SqliteDatabase(
            uri, uri=True, pragmas={"foreign_keys": 1, "busy_timeout": 10000, "query_only": 1}
        )
    if target.startswith("sqlite:"):
        database: pw.Database = connect(target, pragmas=SQLITE_PRAGMAS)  # playhouse.db_url is untyped
        return database
    Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    secure_file(Path(target).expanduser())  # a file an older version left 0644
    return pw.SqliteDatabase(str(Path(target).expanduser()), pragmas=SQLITE_PRAGMAS)


# Caches of what a database holds (the office calendar, the regulation overrides …): each
# module above registers its clear function here, so this module never imports them.
_reopen_hooks: list[Callable[[], None]] = []


def on_reopen(hook: Callable[[], None]) -> Callable[[], None]:
    """Register `hook` to run whenever the models are pointed at a database (and again after
    its migrations ran); returns it, so it can decorate the clear function."""
    if hook not in _reopen_hooks:
        _reopen_hooks.append(hook)
    return hook


def _reopened() -> None:
    for hook in list(_reopen_hooks):
        hook()


def init_db(url: str | Path | None = None, migrate: bool = True, readonly: bool = False) -> pw.Database:
    """Point the models at a database and bring its schema up to date (unless `migrate` is
    False or the database is opened `readonly`)."""
    db = open_database(url, readonly)
    migrate = migrate and not readonly
    database.initialize(db)
    _reopened()
    db.connect(reuse_if_open=True)
    if migrate:
        run_migrations(db)
        _reopened()  # a migration may have just created a table a cache looks for
    return db


def close_db() -> None:
    """Close and detach: later model use fails loudly instead of reaching a stale database."""
    if database.obj is None:
        return
    if not database.is_closed():
        database.close()
    database.initialize(None)


def close_thread_connection() -> None:
    """Close this thread's connection (a worker thread's, when its reads are done); the
    database stays attached for the other threads."""
    if database.obj is not None:
        database.close()


# Any constant: the key of the PostgreSQL advisory lock that makes writers take turns.
WRITE_LOCK_KEY = 0x4B656E7365  # "Kense"


def take_write_lock(db: pw.Database) -> None:
    """On PostgreSQL, wait for the office-wide write turn (held until the transaction ends).

    One writer at a time, as on SQLite: application numbers and the audit hash chain are
    read-then-written, and a district office's write rate is far below what one lock serves.
    """
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))


@contextmanager
def transaction() -> Iterator[None]:
    """One write transaction; on SQLite it takes the write lock at once (no upgrade deadlock)."""
    db = database.obj
    if isinstance(db, pw.SqliteDatabase) and not db.in_transaction():
        with db.atomic("IMMEDIATE"):
            yield
    elif not db.in_transaction():
        with db.atomic():
            take_write_lock(db)
            yield
    else:
        with db.atomic():
            yield


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"kense_migration_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# How frozen migrations spell the types SQLite and PostgreSQL name differently ("{ts}" …).
# Old migrations depend on these spellings: never change one, add a new key instead.
FROZEN_TYPES = {
    "sqlite": {"serial": "INTEGER", "bool": "INTEGER", "ts": "DATETIME", "blob": "BLOB"},
    "postgres": {"serial": "SERIAL", "bool": "BOOLEAN", "ts": "TIMESTAMP", "blob": "BYTEA"},
}


def execute_frozen(db: pw.Database, statements: Iterable[str]) -> None:
    """Run a migration's frozen statements, each type placeholder spelled for `db`."""
    types = FROZEN_TYPES["postgres" if isinstance(db, pw.PostgresqlDatabase) else "sqlite"]
    for sql in statements:
        db.execute_sql(sql.format_map(types))


# The numbering had a gap (0005 was followed by 0008); the files were renumbered without one.
# A database migrated before that records the old names: each is read as its new number.
RENUMBERED = {
    "0008_person_birth_date_index": "0006_person_birth_date_index",
    "0009_terms_as_the_law_counts": "0007_terms_as_the_law_counts",
    "0010_complaints": "0008_complaints",
    "0011_absence": "0009_absence",
    "0012_id_document": "0010_id_document",
}


def migration_files() -> list[tuple[int, Path]]:
    """The numbered migrations on disk, in order."""
    return [(int(p.name[:4]), p) for p in sorted(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.py"))]


def recorded_versions(rows: Iterable[tuple[int, str]]) -> frozenset[int]:
    """The migrations a database has, in today's numbering, from its (version, name) rows."""
    return frozenset(int(RENUMBERED[name][:4]) if name in RENUMBERED else int(v) for v, name in rows)


def applied_versions(db: pw.Database) -> frozenset[int]:
    if not db.table_exists(SchemaMigration._meta.table_name):
        return frozenset()
    return recorded_versions(db.execute_sql("SELECT version, name FROM schema_migration").fetchall())


def pending_migrations(db: pw.Database) -> list[tuple[int, Path]]:
    done = applied_versions(db)
    return [(v, p) for v, p in migration_files() if v not in done]


def _renumber_recorded(db: pw.Database) -> None:
    """Rewrite rows recorded under the old names to today's numbers (once, in one transaction;
    the dates they were applied are kept)."""
    old = list(SchemaMigration.select().where(SchemaMigration.name.in_(list(RENUMBERED))))
    if not old:
        return
    with db.atomic():
        SchemaMigration.delete().where(SchemaMigration.name.in_(list(RENUMBERED))).execute()
        for row in old:
            new = RENUMBERED[row.name]
            SchemaMigration.create(version=int(new[:4]), name=new, applied_at=row.applied_at)


# The runner's own record, frozen like the migrations (the model only reads and writes it).
SCHEMA_MIGRATION_TABLE = (
    'CREATE TABLE IF NOT EXISTS "schema_migration" ("version" INTEGER NOT NULL PRIMARY KEY, '
    '"name" VARCHAR(100) NOT NULL, "applied_at" {ts} NOT NULL)'
)


def create_bookkeeping(db: pw.Database) -> None:
    execute_frozen(db, [SCHEMA_MIGRATION_TABLE])


def apply_migration(db: pw.Database, version: int, path: Path) -> None:
    """Run one migration and record it, in one transaction (the models point at `db`).

    On SQLite, foreign keys are off meanwhile, as SQLite's own procedure for changing a table
    asks: playhouse.migrate rebuilds a table for some changes (a NOT NULL column, a dropped
    one), and dropping the old copy with them on would first delete every row that refers to
    it (ON DELETE CASCADE: all the steps of every application). Before committing, no
    reference may be left broken that was whole before.
    """
    mod = _load(path)
    sqlite = isinstance(db, pw.SqliteDatabase)
    enforced = sqlite and bool(db.execute_sql("PRAGMA foreign_keys").fetchone()[0])
    broken: set[tuple[Any, ...]] = set()
    if enforced:
        broken = set(db.execute_sql("PRAGMA foreign_key_check").fetchall())
        db.execute_sql("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: before it
    try:
        with db.atomic():
            mod.up(db)
            if enforced:
                new = set(db.execute_sql("PRAGMA foreign_key_check").fetchall()) - broken
                if new:
                    raise RuntimeError(f"migration {path.stem} broke references: {sorted(new)[:5]}")
            SchemaMigration.create(
                version=version, name=path.stem, applied_at=dt.datetime.now().replace(microsecond=0)
            )
    finally:
        if enforced:
            db.execute_sql("PRAGMA foreign_keys = ON")


def run_migrations(db: pw.Database) -> list[int]:
    """Apply pending migrations in order, each inside its own transaction.

    Before touching an existing SQLite file that has data, a copy is kept beside it.
    """
    if db.table_exists(SchemaMigration._meta.table_name):
        _renumber_recorded(db)
    pending = pending_migrations(db)
    if not pending:
        return []
    create_bookkeeping(db)
    if isinstance(db, pw.SqliteDatabase) and SchemaMigration.select().exists():
        src = Path(db.database)
        if src.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            db.execute_sql("PRAGMA wal_checkpoint(FULL)")
            shutil.copy2(src, src.with_name(f"{src.name}.pre-migration-{stamp}"))
    for version, path in pending:
        apply_migration(db, version, path)
    return [v for v, _ in pending]
