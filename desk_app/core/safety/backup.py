"""Backups and restores of the office database.

SQLite: an online copy through SQLite's backup API (consistent while the desk keeps
working), written under a temporary name, checked, fsynced and only then given its
final name `kense-YYYYMMDD-HHMMSS.sqlite`; the newest `KEEP` are kept. PostgreSQL:
`pg_dump --format=custom` to `kense-YYYYMMDD-HHMMSS.dump`.

A restore checks the file first (SQLite header, `PRAGMA integrity_check`, our tables
and migrations, the audit hash chain) and only then replaces the database, keeping the
replaced one beside it as `<name>.replaced-YYYYMMDD-HHMMSS`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import peewee as pw

from .. import schema
from ..errors import ValidationError
from ..models import database
from ..paths import user_data_dir
from . import restore_checks
from .restore_checks import BackupError as BackupError
from .restore_checks import refuse as _refuse

KEEP = 30
PREFIX = "kense-"
_NAME_RE = re.compile(r"^kense-(\d{8}-\d{6})(?:-\d+)?\.(sqlite|dump)$")
SQLITE_HEADER = b"SQLite format 3\x00"


def default_folder() -> Path:
    return user_data_dir() / "backups"


def backup_folder() -> Path:
    """The folder chosen in the settings (`backup_dir`), else the per-user data folder."""
    from ..settings import get

    chosen = get("backup_dir") if database.obj is not None else None
    return Path(chosen).expanduser() if chosen else default_folder()


def _stamp(at: dt.datetime) -> str:
    return at.strftime("%Y%m%d-%H%M%S")


def list_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Our backup files in `folder`, oldest first."""
    out: list[tuple[dt.datetime, Path]] = []
    if not folder.is_dir():
        return out
    for p in folder.iterdir():
        m = _NAME_RE.match(p.name)
        if m and p.is_file():
            out.append((dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), p))
    return sorted(out)


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted."""
    files = list_backups(folder)
    gone = [p for _, p in files[:-keep]] if keep > 0 and len(files) > keep else []
    for p in gone:
        p.unlink()
        Path(f"{p}.anchor").unlink(missing_ok=True)  # a dump's anchor file goes with it
    return gone


def _free_name(folder: Path, at: dt.datetime, ext: str) -> Path:
    target = folder / f"{PREFIX}{_stamp(at)}.{ext}"
    i = 1
    while target.exists():
        target = folder / f"{PREFIX}{_stamp(at)}-{i}.{ext}"
        i += 1
    return target


def _fsync(path: Path) -> None:
    # Opened for writing: Windows' FlushFileBuffers (behind os.fsync) refuses a read-only
    # handle with EACCES, so a read-only open made every backup fail there.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name != "nt":  # the directory entry too, so the new name survives a power cut
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def make_backup(folder: Path | str | None = None, at: dt.datetime | None = None, keep: int = KEEP) -> Path:
    """One backup of the current database into `folder`; old ones rotated out."""
    db = database.obj
    folder = Path(folder).expanduser() if folder else backup_folder()
    at = (at or dt.datetime.now()).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(
            f"Резервтік көшірме қалтасы ашылмады: {folder} ({e.strerror})",
            f"Не удалось открыть папку резервных копий: {folder} ({e.strerror})",
            "backup_dir",
        ) from None
    from .cleanup import clean_stale

    clean_stale(folder)  # .partial files of a backup killed earlier
    if isinstance(db, pw.PostgresqlDatabase):
        target = _pg_dump(db, folder, at)
    else:
        target = _sqlite_backup(Path(db.database), folder, at)
    rotate(folder, keep)
    return target


def _sqlite_backup(src: Path, folder: Path, at: dt.datetime) -> Path:
    target = _free_name(folder, at, "sqlite")
    tmp = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
            source.close()
        if ok != "ok":
            raise BackupError("Көшірме тексеруден өтпеді", "Копия не прошла проверку", "backup")
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync(target)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"Резервтік көшірме жасалмады: {e}", f"Резервная копия не создана: {e}", "backup"
        ) from None
    return target


def _pg_dump(db: pw.PostgresqlDatabase, folder: Path, at: dt.datetime) -> Path:
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BackupError(
            "PostgreSQL көшірмесі үшін pg_dump бағдарламасы керек: PostgreSQL клиентін орнатыңыз",
            "Для копии PostgreSQL нужна программа pg_dump: установите клиент PostgreSQL",
            "backup",
        )
    target = _free_name(folder, at, "dump")
    tmp = target.with_name(target.name + ".partial")
    from ..anchor import write_sidecar

    # The head before the dump's snapshot: the dump holds at least this row. Written as the
    # dump's partial sidecar first, named for the dump once the dump is complete.
    write_sidecar(tmp)
    res = subprocess.run(
        [exe, "--format=custom", "--file", str(tmp), "--dbname", _pg_conninfo(db)],
        capture_output=True,
        text=True,
        env={**os.environ, **_pg_env(db)},
    )
    if res.returncode != 0:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.anchor").unlink(missing_ok=True)
        raise BackupError(
            f"pg_dump қатесі: {res.stderr.strip()[:300]}",
            f"Ошибка pg_dump: {res.stderr.strip()[:300]}",
            "backup",
        )
    _fsync(tmp)
    os.replace(f"{tmp}.anchor", f"{target}.anchor")
    os.replace(tmp, target)
    return target


def _pg_conninfo(db: pw.PostgresqlDatabase) -> str:
    p = db.connect_params
    parts = [f"dbname={db.database}"]
    for k in ("host", "port", "user"):
        if p.get(k):
            parts.append(f"{k}={p[k]}")
    return " ".join(parts)


def _pg_env(db: pw.PostgresqlDatabase) -> dict[str, str]:
    secret = db.connect_params.get("password")
    return {"PGPASSWORD": str(secret)} if secret else {}


# ---------------------------------------------------------------- the daily backup

_state: dict[str, dt.datetime] = {}


def maybe_backup(folder: Path | str | None = None, now: dt.datetime | None = None) -> Path | None:
    """The GUI calls this at start and then from a timer: one backup at the first call of the
    process, then another whenever the newest one in the folder is a day old. Returns the new
    file, or None when none was due."""
    folder = Path(folder).expanduser() if folder else backup_folder()
    now = (now or dt.datetime.now()).replace(microsecond=0)
    found = list_backups(folder)
    newest = found[-1][0] if found else None
    if "started" not in _state or newest is None or now - newest >= dt.timedelta(days=1):
        path = make_backup(folder, now)
        _state["started"] = now
        return path
    return None


def reset_schedule() -> None:
    """Forget that this process made its start-up backup (tests; a reopened database)."""
    _state.clear()


# ---------------------------------------------------------------- restore


def _fold_wal(path: Path) -> None:
    """A copy with a `-wal` beside it holds committed work only in that WAL: fold it into the
    file first, or refuse (checking the bare file would pass and then lose that work)."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(path, timeout=5)
        try:
            busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        busy = 1
    if busy or (wal.exists() and wal.stat().st_size):
        raise _refuse(
            f"көшірменің жанында -wal файлы бар, оны біріктіру мүмкін болмады: {wal}",
            f"рядом с копией лежит файл -wal, влить его не удалось: {wal}",
        )


def verify_sqlite_file(path: Path) -> dict[str, int]:
    """Check a backup file without changing it; raise BackupError saying what is wrong."""
    if not path.is_file():
        raise _refuse(f"файл жоқ: {path}", f"нет файла: {path}")
    _fold_wal(path)
    with open(path, "rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise _refuse("бұл SQLite дерекқоры емес", "это не база данных SQLite")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as e:
        raise _refuse(f"файл ашылмады ({e})", f"файл не открывается ({e})") from None
    try:
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as e:
            raise _refuse(f"файл бүлінген ({e})", f"файл повреждён ({e})") from None
        if rows != ["ok"]:
            raise _refuse(f"файл бүлінген: {rows[0]}", f"файл повреждён: {rows[0]}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = restore_checks.verify(con.cursor(), tables, lambda v: schema.sqlite_differences(con, v))
    finally:
        con.close()
    return counts


def _in_use(path: Path) -> bool:
    """Whether another connection has the SQLite file open (an exclusive lock is refused)."""
    try:
        con = sqlite3.connect(path, timeout=0.5)
    except sqlite3.Error:
        return False
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
        con.rollback()
        return False
    except sqlite3.OperationalError as e:
        return "locked" in str(e) or "busy" in str(e)
    except sqlite3.DatabaseError:
        return False  # a broken file: nobody can be using it usefully; restore replaces it
    finally:
        con.close()


def restore_sqlite(
    backup: Path | str, target: Path | str, at: dt.datetime | None = None
) -> dict[str, object]:
    """Replace the SQLite database `target` by the verified `backup`; the old file is kept.

    The desk must be closed (no other process may have `target` open).
    """
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    counts = verify_sqlite_file(backup)
    at = (at or dt.datetime.now()).replace(microsecond=0)
    _check_target(backup, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    kept: Path | None = None
    try:
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        if target.exists():
            kept = target.with_name(f"{target.name}.replaced-{_stamp(at)}")
            try:  # fold the WAL in so the kept file stands alone (best effort: it may be broken)
                old = sqlite3.connect(target, timeout=30)
                try:
                    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    old.close()
            except sqlite3.Error:
                pass
            # The old file gets its second name first (a hard link; a copy where links are not
            # supported), so there is never a moment without a database at `target`.
            n = 1
            while kept.exists():
                kept = target.with_name(f"{target.name}.replaced-{_stamp(at)}-{n}")
                n += 1
            try:
                os.link(target, kept)
            except OSError:
                shutil.copy2(target, kept)
            wal = Path(f"{target}-wal")
            if wal.exists() and wal.stat().st_size:  # changes not folded in stay with the kept file
                shutil.copy2(wal, Path(f"{kept}-wal"))
        for side in ("-wal", "-shm", "-journal"):  # they belong to the old file
            Path(f"{target}{side}").unlink(missing_ok=True)
        os.replace(tmp, target)  # atomic: the old file or the new one, always one of them
        _fsync(target)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        if kept is not None and kept.exists() and target.exists() and os.path.samefile(kept, target):
            kept.unlink()  # the old file is still in place: no second name needed
            Path(f"{kept}-wal").unlink(missing_ok=True)
        raise BackupError(f"Қалпына келтіру сәтсіз: {e}", f"Восстановление не удалось: {e}", "file") from None
    return {
        "restored": str(target),
        "from": str(backup),
        "kept": str(kept) if kept else None,
        "counts": counts,
    }


def _check_target(backup: Path, target: Path) -> None:
    """A restore never writes over its own source, nor under a desk that has the file open."""
    if target.exists() and backup.resolve() == target.resolve():
        raise _refuse("көшірме мен дерекқор бір файл", "копия и база — один и тот же файл")
    if target.exists() and _in_use(target):
        raise _refuse(
            "дерекқор ашық: алдымен Кеңсені барлық жерде жабыңыз",
            "база открыта: сначала закройте Кеңсе везде",
        )


def preflight(backup: Path | str, target_url: str) -> None:
    """The checks a restore makes before touching anything (none writes), so a refused file
    is refused before anyone signs in."""
    from ..db import is_postgres

    if is_postgres(target_url) or str(backup).endswith(".dump"):
        return  # the dump is checked after loading it into a scratch database
    backup, target = Path(backup).expanduser(), Path(target_url).expanduser()
    verify_sqlite_file(backup)
    _check_target(backup, target)


def restore(backup: Path | str, target_url: str) -> dict[str, object]:
    """Restore into a SQLite path or a postgresql:// URL (the latter from a pg_dump file)."""
    from ..db import is_postgres

    if is_postgres(target_url):
        from .pg_restore import restore_postgres

        return restore_postgres(Path(backup).expanduser(), target_url)
    if str(backup).endswith(".dump"):
        raise ValidationError(
            "PostgreSQL көшірмесін тек PostgreSQL дерекқорына қайтаруға болады",
            "Копию PostgreSQL можно восстановить только в PostgreSQL",
            "file",
        )
    return restore_sqlite(backup, target_url)
