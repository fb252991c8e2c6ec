"""Where the program keeps its files: resources beside the code, data in the per-user folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "kense"


_PACKAGE = Path(__file__).resolve().parents[1]  # desk_app/


def resources_dir() -> Path:
    """The resources folder: inside a PyInstaller bundle, inside an installed wheel
    (`desk_app/resources`, mapped there by setup.py), or beside the package in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def migrations_dir() -> Path:
    """The numbered migration files (bundle, wheel's `desk_app/migrations`, or checkout `db/migrations`)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "db" / "migrations"
    installed = _PACKAGE / "migrations"
    return installed if installed.is_dir() else _PACKAGE.parent / "db" / "migrations"


def project_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


def user_data_dir() -> Path:
    """Per-user data folder (LOCALAPPDATA on Windows, XDG_DATA_HOME elsewhere)."""
    override = os.environ.get("KENSE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return root / "Kense"
    root = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return root / APP_NAME


def user_log_dir() -> Path:
    override = os.environ.get("KENSE_LOG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return user_data_dir() / "logs"
    root = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return root / APP_NAME / "logs"


def default_db_path() -> Path:
    return user_data_dir() / "kense.sqlite"


def _tighten(path: Path, mode: int) -> None:
    """chmod `path` to `mode` when it is ours (POSIX; never fails the caller)."""
    try:
        if path.exists() and path.stat().st_uid == os.getuid():
            os.chmod(path, mode)
    except OSError:
        pass


def secure_process() -> None:
    """Citizens' data stay private to this user on Linux: new folders 0700, files 0600
    (database, its -wal/-shm, backups, logs, crash reports, exports, PDFs), and the data and
    log folders made so if an older version left them open. Windows relies on the
    installer's ACL on ProgramData\\Kense (installer/kense.iss)."""
    if os.name != "posix":
        return
    os.umask(0o077)
    for folder in (user_data_dir(), user_data_dir() / "backups", user_log_dir()):
        _tighten(folder, 0o700)


def secure_file(path: Path) -> None:
    """An existing database file (and its WAL companions) readable by this user only."""
    if os.name != "posix":
        return
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        _tighten(p, 0o600)
