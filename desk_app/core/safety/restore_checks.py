"""What a database must hold before it may replace the office's: the checks a SQLite backup
file (backup.py) and a pg_dump loaded into a scratch database (pg_restore.py) share.

1. our tables are there and the migrations the rest needs are recorded;
2. its whole schema is the one those migrations build (schema.py): an extra trigger, a
   dropped index or a view in a table's place shows in neither the rows nor the chain;
3. the audit hash chain is whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import audit, schema
from ..db import recorded_versions
from ..errors import KenseError
from ..models import CORE_MODELS, SchemaMigration

REQUIRED_MIGRATIONS = (1, 4)  # the core tables, the append-only audit triggers


class BackupError(KenseError):
    """A backup or restore could not be done; nothing was replaced."""


def refuse(kk: str, ru: str) -> BackupError:
    return BackupError(f"Қалпына келтіру тоқтатылды: {kk}", f"Восстановление отменено: {ru}", "file")


def verify(
    cur: Any, tables: set[str], schema_differences: Callable[[frozenset[int]], list[str]]
) -> dict[str, int]:
    """Run the three checks on a candidate read through the DB-API cursor `cur`, whose tables
    are `tables`; `schema_differences(versions)` compares its schema with the one the
    recorded migrations build. Returns the counts shown to the person restoring; raises
    BackupError naming the first thing wrong."""
    need = {m._meta.table_name for m in [*CORE_MODELS, SchemaMigration]}
    missing = sorted(need - tables)
    if missing:
        raise refuse(f"Кеңсе кестелері жоқ: {', '.join(missing)}", f"нет таблиц Кеңсе: {', '.join(missing)}")
    cur.execute("SELECT version, name FROM schema_migration")
    done = recorded_versions(cur.fetchall())
    lacking = [v for v in REQUIRED_MIGRATIONS if v not in done]
    if lacking:
        raise refuse(f"көші-қондар жоқ: {lacking}", f"нет миграций: {lacking}")
    diffs = schema_differences(done)
    if diffs:
        lines = schema.refusal_lines(diffs)
        raise refuse(
            f"схемасы көші-қондардың схемасынан өзгеше: {lines}",
            f"схема отличается от схемы миграций: {lines}",
        )
    cur.execute(
        'SELECT id, at, "user", action, entity, entity_id, before, after, prev_hash, hash '
        "FROM audit_log ORDER BY id"
    )
    problems = audit.verify_rows(cur)  # row by row: the log may be long
    if problems:
        raise refuse(f"аудит тізбегі бұзылған: {problems[0]}", f"цепочка аудита нарушена: {problems[0]}")
    counts = {}
    for t in ("application", "person", "audit_log"):
        cur.execute(f'SELECT COUNT(*) FROM "{t}"')
        counts[t] = int(cur.fetchone()[0])
    return counts
