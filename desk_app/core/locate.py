"""Which office database a command means: found, never invented.

Order: `--db`, then the `KENSE_DB` environment variable, then the machine-wide setting the
installer writes (`kense.ini`, section `[database]`, key `path`: on Windows
`%PROGRAMDATA%\\Kense\\kense.ini`, elsewhere `/etc/kense/kense.ini`), then the per-user file.
A mistyped path must not become a fresh empty office that `check` then calls healthy: every
command that reads an office refuses a file that does not exist; only `demo`, the desk's first
run and `migrate-to`'s target create one.
"""

from __future__ import annotations

import configparser
import os
import re
import sys
from pathlib import Path

from .errors import KenseError
from .paths import default_db_path

ENV = "KENSE_DB"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
POSTGRES_SCHEMES = ("postgresql", "postgres")


class DatabaseNotFound(KenseError):
    """The named office database does not exist (exit 2, nothing created)."""


def machine_config_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Kense" / "kense.ini"
    return Path("/etc/kense/kense.ini")


def machine_db() -> str | None:
    """The database the installer set up for every user of this PC, if it wrote one."""
    cfg = configparser.ConfigParser(interpolation=None)
    try:
        # utf-8-sig: Inno Setup's [INI] section may write a byte-order mark.
        cfg.read(machine_config_path(), encoding="utf-8-sig")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = cfg.get("database", "path", fallback="").strip()
    return value or None


def configured_db(given: str | os.PathLike[str] | None = None) -> str:
    """The database named by --db, KENSE_DB, the machine-wide setting or the per-user default."""
    for candidate in (given, os.environ.get(ENV), machine_db()):
        if candidate and str(candidate).strip():
            return str(candidate).strip()
    return str(default_db_path())


def check_scheme(target: str) -> None:
    m = _SCHEME.match(target)
    if m and m.group(1).lower() not in POSTGRES_SCHEMES:
        raise KenseError(
            f"бұл дерекқор түрі қолданылмайды: {m.group(1)}:// (SQLite файлының жолы немесе "
            "postgresql://… керек)",
            f"такой тип базы не поддерживается: {m.group(1)}:// (нужен путь к файлу SQLite "
            "или postgresql://…)",
            "db",
        )


def resolve_db(given: str | os.PathLike[str] | None = None, must_exist: bool = True) -> str:
    """The database to open; refuses unknown URL schemes and (unless creating) a missing file."""
    target = configured_db(given)
    check_scheme(target)
    if _SCHEME.match(target):
        return target  # PostgreSQL: the server says whether the database is there
    path = Path(target).expanduser()
    if must_exist and not path.is_file():
        raise DatabaseNotFound(f"база табылмады: {path}", f"база не найдена: {path}", None)
    return str(path)
