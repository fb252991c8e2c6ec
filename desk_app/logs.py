"""Logging for the CLI and the GUI: a rotating file in the per-user log folder.

The file is the first thing to ask for when the office calls: it names the version, the database
and every uncaught error. Rotation (1 MB × 5) keeps it small on an office PC that is never cleaned.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from desk_app import __version__
from desk_app.core.paths import user_log_dir

LOG_NAME = "kense.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


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
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        handler, path = logging.StreamHandler(sys.stderr), None
        handler.setLevel(logging.WARNING)  # the CLI's stdout/stderr stay clean of routine lines
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    logging.getLogger("kense").info("start kense %s, python %s, argv %s", __version__,
                                    sys.version.split()[0], sys.argv[1:])
    return path


def teardown_logging() -> None:
    """Detach the handler (tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
