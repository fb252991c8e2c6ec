"""Opening the database (SQLite file or PostgreSQL URL) and running migrations."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
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
        db = connect(target)
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
        return connect(target, pragmas=SQLITE_PRAGMAS)
    Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    secure_file(Path(target).expanduser())  # a file an older version left 0644
    return pw.SqliteDatabase(str(Path(target).expanduser()), pragmas=SQLITE_PRAGMAS)


def init_db(url: str | Path | None = None, migrate: bool = True, readonly: bool = False) -> pw.Database:
    """Point the models at a database and bring its schema up to date (unless `migrate` is
    False or the database is opened `readonly`)."""
    db = open_database(url, readonly)
    migrate = migrate and not readonly
    database.initialize(db)
    from .office_calendar import invalidate
    from .overrides import invalidate as invalidate_overrides

    invalidate()
    invalidate_overrides()
    db.connect(reuse_if_open=True)
    if migrate:
        run_migrations(db)
        invalidate_overrides()  # the overrides table may have just been created
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


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"kense_migration_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pending_migrations(db: pw.Database) -> list[tuple[int, Path]]:
    done: set[int] = set()
    if db.table_exists(SchemaMigration._meta.table_name):
        done = {m.version for m in SchemaMigration.select(SchemaMigration.version)}
    found = []
    for p in sorted(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.py")):
        v = int(p.name[:4])
        if v not in done:
            found.append((v, p))
    return found


def run_migrations(db: pw.Database) -> list[int]:
    """Apply pending migrations in order, each inside its own transaction.

    Before touching an existing SQLite file that has data, a copy is kept beside it.
    """
    pending = pending_migrations(db)
    if not pending:
        return []
    db.create_tables([SchemaMigration])
    if isinstance(db, pw.SqliteDatabase) and SchemaMigration.select().exists():
        src = Path(db.database)
        if src.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            db.execute_sql("PRAGMA wal_checkpoint(FULL)")
            shutil.copy2(src, src.with_name(f"{src.name}.pre-migration-{stamp}"))
    applied = []
    for version, path in pending:
        mod = _load(path)
        with db.atomic():
            mod.up(db)
            SchemaMigration.create(
                version=version, name=path.stem, applied_at=dt.datetime.now().replace(microsecond=0)
            )
        applied.append(version)
    return applied
