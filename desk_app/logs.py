"""Logging for the CLI and the GUI: a rotating file in the per-user log folder.

The file is the first thing to ask for when the office calls: it names the version, the database
and every uncaught error. Rotation (1 MB × 5) keeps it small on an office PC that is never cleaned.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from desk_app import __version__
from desk_app.core.paths import user_log_dir

LOG_NAME = "kense.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"

_handler: logging.Handler | None = None

# Secrets and personal data stay in the database: what reaches a log or a crash report is
# the command name and option names, with IIN-like numbers and URL passwords masked.
_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_URL_SECRET = re.compile(r"(://[^:/@\s]*):[^@\s]*@")
_PIN_OPT = re.compile(r"(--[\w-]*(?:pin|pass|password|secret)[\w-]*[= ])\S+", re.I)


# Cyrillic words in a log line come from data (names, addresses, reasoning): code, options and
# error types are Latin, so masking them keeps what a developer needs and drops the person.
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]{2,}")


def redact(text: str) -> str:
    """`text` with IINs, URL passwords, PIN options and Cyrillic words (names) masked."""
    text = _URL_SECRET.sub(r"\1:***@", text)
    text = _PIN_OPT.sub(r"\1***", text)
    text = _CYRILLIC_WORD.sub("…", text)
    return _IIN.sub("<IIN>", text)


def safe_argv(argv: list[str]) -> list[str]:
    """The command line as the log may keep it: the subcommand and option names only.

    Option values and positional arguments (a search for a surname or an IIN, a URL with a
    password, a file name) are left out: only what the program was asked to do remains.
    """
    out: list[str] = []
    command_seen = False
    prev = ""
    for arg in argv:
        if arg.startswith("-"):
            out.append(arg.split("=", 1)[0])
        elif not command_seen and prev not in _VALUED_GLOBALS:
            out.append(arg)  # the subcommand: find, print, backup, …
            command_seen = True
        prev = arg
    return out


_VALUED_GLOBALS = ("--db", "--lang")


class _Redact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            return True
        record.msg, record.args = redact(msg), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_dir() -> Path:
    return user_log_dir()


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Attach the rotating file handler to the root logger (once); the log file's path.

    When the folder cannot be created (read-only profile), logging falls back to stderr
    rather than stopping the program: a missing log must never keep the office from working.
    """
    global _handler
    root = logging.getLogger()
    folder = Path(folder) if folder else log_dir()
    path = folder / LOG_NAME
    if _handler is not None:
        if isinstance(_handler, logging.FileHandler) and Path(_handler.baseFilename) == path:
            return path
        root.removeHandler(_handler)
        _handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)  # the CLI's stdout/stderr stay clean of routine lines
        written: Path | None = None
    else:
        written = path
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_Redact())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    logging.getLogger("kense").info(
        "start kense %s, python %s, argv %s", __version__, sys.version.split()[0], safe_argv(sys.argv[1:])
    )
    return written


def teardown_logging() -> None:
    """Detach the handler (tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
