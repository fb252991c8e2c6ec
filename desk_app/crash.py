"""Uncaught errors without Qt: the crash report file and the rollback that keeps data intact.

The GUI's dialog (`desk_app.ui.crash_dialog`) and the CLI hook both come through here. Nothing
here writes to the database: a half-done change is rolled back, and the report goes to a file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from desk_app import __version__
from desk_app.logs import redact, safe_argv

log = logging.getLogger("kense.crash")


def versions() -> dict[str, str]:
    out = {
        "kense": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "frozen": str(bool(getattr(sys, "frozen", False))),
    }
    try:
        import peewee

        out["peewee"] = str(getattr(peewee, "__version__", "?"))  # not in peewee's stubs
    except ImportError:
        pass
    qtcore = sys.modules.get("PySide6.QtCore")  # only when the GUI is up: never import Qt here
    if qtcore is not None:
        out["pyside6"] = sys.modules["PySide6"].__version__
        out["qt"] = qtcore.qVersion()
    return out


def database_label() -> str:
    from desk_app.core.models import database

    db = database.obj
    if db is None:
        return "-"
    name = str(db.database)
    return name.rsplit("@", 1)[-1] if "://" in name else name


def rollback_open_transaction() -> bool:
    """Roll back a transaction left open in this thread; True when there was one.

    Peewee's `atomic()` blocks already roll back as the exception leaves them; this covers a
    transaction begun by hand, or a connection left inside one, so nothing half-written is
    committed later by the next unrelated write.
    """
    from desk_app.core.models import database

    db = database.obj
    if db is None or db.is_closed():
        return False
    try:
        conn = db.connection()
        open_tx = db.in_transaction()
        if hasattr(conn, "in_transaction"):  # sqlite3
            open_tx = open_tx or bool(conn.in_transaction)
        elif hasattr(conn, "get_transaction_status"):  # psycopg2: 0 idle, 5 unknown
            open_tx = open_tx or conn.get_transaction_status() not in (0, 5)
        if not open_tx:
            return False
        db.rollback()  # SQL ROLLBACK: psycopg2 in autocommit mode ignores conn.rollback()
        while db.in_transaction():
            db.pop_transaction()
        log.warning("open transaction rolled back after an uncaught error")
        return True
    except Exception:  # the hook must never fail on its own
        log.exception("rollback after an uncaught error failed")
        return False


def report_text(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread: str | None = None,
    rolled_back: bool = False,
) -> str:
    lines = [
        f"Кеңсе crash report {dt.datetime.now():%Y-%m-%d %H:%M:%S}",
        *(f"{k}: {v}" for k, v in versions().items()),
        f"thread: {thread or threading.current_thread().name}",
        f"pid: {os.getpid()}",
        f"argv: {safe_argv(sys.argv[1:])}",
        f"database: {database_label()}",
        f"open transaction rolled back: {'yes' if rolled_back else 'no'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return redact("\n".join(lines) + "\n")


def write_report(text: str, folder: Path | None = None) -> Path | None:
    """Write the report as `crash-YYYYMMDD-HHMMSS-PID.txt` in the log folder; None if it cannot."""
    from desk_app.logs import log_dir

    folder = Path(folder) if folder else log_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        log.exception("cannot write the crash report")
        return None
    return path


def handle(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str | None = None
) -> tuple[str, Path | None]:
    """Roll back, log and write the report; the report text and its file."""
    rolled_back = rollback_open_transaction()
    text = report_text(exc_type, exc, tb, thread, rolled_back)
    log.critical("uncaught error", exc_info=(exc_type, exc, tb))
    return text, write_report(text)


def install_cli_hook() -> None:
    """CLI: log and keep a crash report, then print the usual traceback and exit non-zero."""
    default = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            default(exc_type, exc, tb)
            return
        _, path = handle(exc_type, exc, tb)
        default(exc_type, exc, tb)
        if path is not None:
            print(f"Қате туралы есеп / Отчёт об ошибке: {path}", file=sys.stderr)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        handle(
            args.exc_type,
            args.exc_value or args.exc_type(),
            args.exc_traceback,
            args.thread.name if args.thread else None,
        )
        threading.__excepthook__(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
