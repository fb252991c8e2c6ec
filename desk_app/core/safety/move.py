"""Moving an office from its SQLite file to PostgreSQL: every table copied in id order.

The target is migrated to the same schema first and must be empty. Tables are copied
parents first (by their foreign keys), rows in id order, in one transaction; booleans
are converted, sequences moved past the copied ids; then the copy is checked (row counts,
audit chain, workflow invariants) before it is committed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from ..db import init_db, take_write_lock
from ..errors import ValidationError
from ..models import Application, AuditLog, User

SKIP = {"schema_migration"}  # the target has its own record of applied migrations


def _tables_in_order(src: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    names = [n for n in names if n not in SKIP]
    deps = {n: {r[2] for r in src.execute(f'PRAGMA foreign_key_list("{n}")')} - {n} for n in names}
    out: list[str] = []
    while deps:
        ready = sorted(n for n, d in deps.items() if not (d & deps.keys()))
        if not ready:
            raise ValueError(f"foreign-key cycle among {sorted(deps)}")
        for n in ready:
            out.append(n)
            del deps[n]
    return out


def migrate_to(source: Path | str, url: str) -> dict[str, int]:
    """Copy the SQLite office at `source` into the empty PostgreSQL database at `url`."""
    from psycopg2.extras import execute_values

    from .check import run_check

    source = Path(source).expanduser()
    if not source.is_file():
        raise ValidationError(f"Дерекқор файлы жоқ: {source}", f"Нет файла базы: {source}", "db")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    init_db(source).close()  # bring the source's schema up to date first
    db = init_db(url)
    if not isinstance(db, pw.PostgresqlDatabase):
        raise ValidationError(
            "Мақсат PostgreSQL болуы керек (postgresql://…)",
            "Целью должна быть PostgreSQL (postgresql://…)",
            "url",
        )
    if User.select().exists() or Application.select().exists() or AuditLog.select().exists():
        raise ValidationError("Мақсатты дерекқор бос емес", "Целевая база не пуста", "url")
    counts: dict[str, int] = {}
    with db.atomic() as txn:
        take_write_lock(db)
        for table in _tables_in_order(src):
            cols_pg = {
                r[0]: r[1]
                for r in db.execute_sql(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = %s",
                    (table,),
                )
            }
            if not cols_pg:
                continue  # a table the target's schema does not have
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")') if r[1] in cols_pg]
            col_sql = ", ".join(f'"{c}"' for c in cols)
            order = "id" if "id" in cols else "rowid"
            ins = f'INSERT INTO "{table}" ({col_sql}) VALUES %s'
            bools = [cols_pg[c] == "boolean" for c in cols]
            n = 0
            cur = src.execute(f'SELECT {col_sql} FROM "{table}" ORDER BY {order}')
            while batch := cur.fetchmany(1000):
                rows = [
                    tuple(bool(v) if b and v is not None else v for v, b in zip(r, bools, strict=True))
                    for r in batch
                ]
                execute_values(db.cursor(), ins, rows, page_size=1000)
                n += len(rows)
            if "id" in cols and cols_pg.get("id") in ("integer", "bigint"):
                db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
                )
            counts[table] = n
        for table, n in counts.items():
            got = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            if got != n:
                txn.rollback()
                raise ValidationError(f"{table}: {got} ≠ {n}", f"{table}: {got} ≠ {n}", "url")
        report = run_check()
        if not report.ok:
            txn.rollback()
            first = (report.storage + report.audit + report.workflow)[0]
            raise ValidationError(
                f"Көшірме тексеруден өтпеді: {first}", f"Копия не прошла проверку: {first}", "url"
            )
    src.close()
    return counts
