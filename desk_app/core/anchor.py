"""The chain head as an anchor outside the PC.

A hash chain anyone can recompute proves nothing on its own: whoever rewrites a row can
rewrite every hash after it. So the head of the chain at a moment — the last audit row's
id and the start of its hash, `1234:9f86d081884c7d65` — leaves the PC on paper and in
files: the monthly report to the akimat carries it on its summary sheet, every backup holds
it as its own last audit row. `check --anchor` then asks whether today's chain still
passes through that row with that hash; a recomputed history does not.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .errors import ValidationError
from .models import AuditLog

SHORT = 16
ANCHOR_RE = re.compile(r"(?<![\w])(\d+):([0-9a-f]{16,64})(?![\w])")


def chain_head() -> str:
    """`id:hash16` of the last audit row ('0:' + zeros for an empty log)."""
    last = AuditLog.select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).first()
    return f"{last.id}:{last.hash[:SHORT]}" if last else f"0:{'0' * SHORT}"


def parse(text: str) -> tuple[int, str]:
    m = ANCHOR_RE.search(text.strip())
    if not m:
        raise ValidationError(
            "Зәкір «N:хэш» түрінде болуы керек (мысалы 1234:9f86d081884c7d65)",
            "Якорь записывается как «N:хэш» (например 1234:9f86d081884c7d65)",
            "anchor",
        )
    return int(m.group(1)), m.group(2)


def read_anchor(source: str) -> tuple[int, str]:
    """The anchor in a monthly report (.xlsx), a SQLite backup, or given as text."""
    path = Path(source).expanduser()
    if path.is_file() and path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            for row in wb.worksheets[0].iter_rows(max_row=6, values_only=True):
                for value in row:
                    if isinstance(value, str) and ANCHOR_RE.search(value):
                        return parse(value)
        finally:
            wb.close()
        raise ValidationError("Есепте аудит зәкірі жоқ", "В отчёте нет якоря аудита", "anchor")
    if path.is_file():
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                row = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            raise ValidationError(
                f"Файлдан зәкір оқылмады: {path.name}",
                f"Не удалось прочитать якорь из файла: {path.name}",
                "anchor",
            ) from None
        return (row[0], row[1][:SHORT]) if row else (0, "0" * SHORT)
    return parse(source)


def verify(anchor: tuple[int, str], label: str) -> list[str]:
    """Problems: the chain no longer passes through the anchored row with its hash."""
    rid, prefix = anchor
    if rid == 0:
        return []
    row = AuditLog.get_or_none(AuditLog.id == rid)
    if row is None:
        return [f"anchor {label}: audit row {rid} is gone (the history was cut or rewritten)"]
    if not row.hash.startswith(prefix):
        return [
            f"anchor {label}: audit row {rid} hash {row.hash[:SHORT]} is not {prefix} "
            f"(the history before it was rewritten)"
        ]
    return []


def verify_backups(folder: Path) -> list[str]:
    """Every SQLite backup found in `folder` must be a past state of today's chain."""
    from .safety.backup import list_backups

    out: list[str] = []
    for _, path in list_backups(folder):
        if path.suffix == ".sqlite":
            try:
                out += verify(read_anchor(str(path)), path.name)
            except ValidationError as e:
                out.append(f"anchor {path.name}: {e.ru}")
    return out
