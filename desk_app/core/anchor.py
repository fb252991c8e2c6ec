"""The chain head as an anchor outside the PC.

A hash chain anyone can recompute proves nothing on its own: whoever rewrites a row can
rewrite every hash after it. So the head of the chain at a moment — the last audit row's
id and the start of its hash, `1234:9f86d081884c7d65` — leaves the PC on paper and in
files: the monthly report to the akimat carries it on its summary sheet, every printed
document in its footer (and PDF keywords), every SQLite backup as its own last audit row,
every PostgreSQL dump in a one-line `.anchor` file beside it. `check --anchor` then asks
whether today's chain still passes through that row with that hash; a recomputed history
does not.

A stored document is reprinted byte for byte while its facts are unchanged, so a reprint
carries the anchor of its first print: still a true past head of the chain, just older.

`check` also compares every backup it finds in the backup folder. A backup of another
office (its first audit row is not this office's: a demo, a copy checked elsewhere) is
skipped, and so is one that forks off at a recorded restore (the work the restore
replaced): both are told as notes, never silently.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError
from .models import AuditLog

SHORT = 16
ANCHOR_RE = re.compile(r"(?<![\w])(\d+):([0-9a-f]{16,64})(?![\w])")
PDF_MARK = re.compile(rb"kense-audit (\d+):([0-9a-f]{16,64})")
SIDE = ".anchor"  # beside a PostgreSQL dump: `kense-….dump.anchor`

log = logging.getLogger("kense.anchor")


def chain_head() -> str:
    """`id:hash16` of the last audit row ('0:' + zeros for an empty log)."""
    last = AuditLog.select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).first()
    return f"{last.id}:{last.hash[:SHORT]}" if last else f"0:{'0' * SHORT}"


def _bad_anchor() -> ValidationError:
    return ValidationError(
        "Зәкір «N:хэш» түрінде болуы керек (мысалы 1234:9f86d081884c7d65)",
        "Якорь записывается как «N:хэш» (например 1234:9f86d081884c7d65)",
        "anchor",
    )


def parse(text: str) -> tuple[int, str]:
    m = ANCHOR_RE.search(text.strip())
    if not m:
        raise _bad_anchor()
    return int(m.group(1)), m.group(2)


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        f"Файлдан зәкір оқылмады: {path.name}",
        f"Не удалось прочитать якорь из файла: {path.name}",
        "anchor",
    )


def _from_report(path: Path) -> tuple[int, str]:
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


def _from_pdf(path: Path) -> tuple[int, str]:
    """A stored or saved document: the anchor is in its keywords, written in plain bytes."""
    m = PDF_MARK.search(path.read_bytes())
    if not m:
        raise ValidationError("Құжатта аудит зәкірі жоқ", "В документе нет якоря аудита", "anchor")
    return int(m.group(1)), m.group(2).decode()


def _sqlite_rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            return list(con.execute(sql, params).fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        raise _unreadable(path) from None


def _from_sqlite(path: Path) -> tuple[int, str]:
    rows = _sqlite_rows(path, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (int(str(rows[0][0])), str(rows[0][1])[:SHORT]) if rows else (0, "0" * SHORT)


def write_sidecar(dump: Path) -> str:
    """The `.anchor` file beside a PostgreSQL dump (its rows are only readable by loading
    it): the head, then the office's first audit row (which office it is). Returns the head."""
    head, first = chain_head(), _first_row()
    side = dump.with_name(dump.name + SIDE)
    side.write_text(f"{head}\n{' '.join(first) if first else ''}\n", encoding="ascii")
    return head


def _sidecar_office(dump: Path) -> tuple[str, ...] | None:
    lines = Path(f"{dump}{SIDE}").read_text(encoding="ascii", errors="replace").splitlines()
    parts = tuple(lines[1].split(" ")) if len(lines) > 1 else ()
    return parts if len(parts) in (2, 3) else None


def _same_office(theirs: tuple[str, ...] | None, mine: tuple[str, str, str] | None) -> bool:
    """A backup with no audit rows is compared (never skipped on a guess). An older
    `.anchor` file carries no hash of the first row: its time and action are compared."""
    if theirs is None or mine is None:
        return True
    return theirs == mine[: len(theirs)]


def read_anchor(source: str) -> tuple[int, str]:
    """The anchor in a monthly report (.xlsx), a printed document (.pdf), a SQLite backup,
    a PostgreSQL dump (its `.anchor` file), or given as text."""
    path = Path(source).expanduser()
    if not path.is_file():
        return parse(source)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _from_report(path)
    if suffix == ".pdf":
        return _from_pdf(path)
    if suffix in (".dump", SIDE):
        side = path if suffix == SIDE else path.with_name(path.name + SIDE)
        if not side.is_file():
            raise _unreadable(path)
        return parse(side.read_text(encoding="ascii", errors="replace"))
    return _from_sqlite(path)


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


@dataclass
class BackupComparison:
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skipped, and why


def _first_row() -> tuple[str, str, str] | None:
    """Which office a chain belongs to: its first row's time, action and hash. The hash
    covers the first admin's salted PIN digest, so two offices set up in the same second
    (two test offices, two installs from one script) still differ."""
    f = AuditLog
    first = f.select(f.at, f.action, f.hash).order_by(f.id).tuples().first()
    return _office_id(*first) if first else None


def _office_id(at: object, action: object, hsh: object) -> tuple[str, str, str]:
    """(time, action, short hash) of a chain's first row, read live or from a backup file."""
    return _iso(at), str(action), str(hsh)[:SHORT]


def _iso(at: object) -> str:
    if isinstance(at, dt.datetime):
        return at.isoformat(timespec="seconds")
    return dt.datetime.fromisoformat(str(at)).isoformat(timespec="seconds")


def _last_restore() -> AuditLog | None:
    row: AuditLog | None = (
        AuditLog.select(AuditLog.id, AuditLog.at)
        .where(AuditLog.action == "cli.restore")
        .order_by(AuditLog.id.desc())
        .first()
    )
    return row


def _forks_at_restore(path: Path, restore: AuditLog | None) -> bool:
    """The backup shares this chain up to the row before the last restore and was made
    before it: it holds the work that restore replaced, not a rewritten history."""
    if restore is None or restore.id < 2:
        return False
    before = AuditLog.get_or_none(AuditLog.id == restore.id - 1)
    rows = _sqlite_rows(path, "SELECT hash, at FROM audit_log WHERE id = ?", (restore.id - 1,))
    if before is None or not rows or rows[0][0] != before.hash:
        return False
    newest = _sqlite_rows(path, "SELECT MAX(at) FROM audit_log")[0][0]
    return newest is not None and _iso(newest) <= _iso(restore.at)


def compare_backups(paths: Iterable[Path]) -> BackupComparison:
    """Every backup file (`backup.list_backups`) must be a past state of today's chain."""
    out = BackupComparison()
    mine, restore = _first_row(), _last_restore()
    for path in paths:
        try:
            if path.suffix == ".sqlite":
                first = _sqlite_rows(path, "SELECT at, action, hash FROM audit_log ORDER BY id LIMIT 1")
                theirs = _office_id(*first[0]) if first else None
                if not _same_office(theirs, mine):
                    out.notes.append(f"{path.name}: another office's backup, not compared")
                    continue
                found = verify(_from_sqlite(path), path.name)
                if found and _forks_at_restore(path, restore):
                    out.notes.append(f"{path.name}: made before the last restore, not compared")
                    continue
            elif Path(f"{path}{SIDE}").is_file():
                side = _sidecar_office(path)
                if mine is not None and (side is None or not _same_office(side, mine)):
                    out.notes.append(f"{path.name}: another office's backup, not compared")
                    continue
                found = verify(read_anchor(str(path)), path.name)
            else:
                out.notes.append(f"{path.name}: no {SIDE} file beside it, not compared")
                continue
        except ValidationError as e:
            found = [f"anchor {path.name}: {e.ru}"]
        out.checked.append(path.name)
        out.problems += found
    for note in out.notes:
        log.info("backup anchor: %s", note)
    return out
