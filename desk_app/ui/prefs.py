"""Per-PC preferences (QSettings, organisation "Kense"): workstation profile, language, idle lock,
scanner. The office's identity is office-wide and lives in `core.office`, not here.

Tests and tools call `use_ini_dir(path)` first so they never touch the real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desk_app.core.regulation import ROLES as STEP_ROLES

# The roles whose tabs a PC may show: the regulation's step roles, then the Center head's
# read-only board (R2-R4 p.17), which has no step of its own.
ROLES = (*STEP_ROLES, "center_head")

ORG, APP = "Kense", "Kense"
LANGS = ("kk", "ru")
DEFAULT_IDLE_MINUTES = 10

_ini_path: Path | None = None


def use_ini_dir(folder: str | Path) -> None:
    """Keep settings in an INI file under `folder` (tests, screenshots, portable installs)."""
    global _ini_path
    _ini_path = Path(folder) / "kense.ini"


def settings() -> QSettings:
    folder = os.environ.get("KENSE_SETTINGS_DIR")  # tests and tools: never the real profile
    path = Path(folder) / "kense.ini" if folder else _ini_path
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORG, APP)


def _get(key: str, default: str = "") -> str:
    v = settings().value(key, default)
    return default if v is None else str(v)


def _set(key: str, value: object) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def profile() -> list[str]:
    """The roles whose tabs this PC shows, in registry order; empty setting = every role."""
    raw = _get("workstation/profile")
    chosen = [r for r in raw.split(",") if r in ROLES]
    return chosen or list(ROLES)


def set_profile(roles: list[str]) -> None:
    _set("workstation/profile", ",".join(r for r in ROLES if r in roles))


def language() -> str:
    v = _get("ui/language", "kk")
    return v if v in LANGS else "kk"


def set_language(v: str) -> None:
    _set("ui/language", v if v in LANGS else "kk")


def idle_minutes() -> int:
    try:
        return max(0, int(_get("session/idle_minutes", str(DEFAULT_IDLE_MINUTES))))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(v: int) -> None:
    _set("session/idle_minutes", int(v))


def geometry() -> QByteArray | None:
    v = settings().value("ui/geometry")
    return v if isinstance(v, QByteArray) and not v.isEmpty() else None


def set_geometry(v: QByteArray) -> None:
    _set("ui/geometry", v)


# -- the scanner of this PC (serial port settings; a keyboard-wedge scanner needs none)
def scanner_port() -> str:
    """ "" = no serial scanner, "auto" = the first USB serial port, else a device or URL."""
    return _get("scanner/port")


def scanner_baud() -> int:
    try:
        return int(_get("scanner/baud", "9600"))
    except ValueError:
        return 9600


def scanner_suffix() -> str:
    v = _get("scanner/suffix", "cr")
    return v if v in ("cr", "lf", "crlf", "tab") else "cr"


def set_scanner(port: str, baud: int = 9600, suffix: str = "cr") -> None:
    _set("scanner/port", port.strip())
    _set("scanner/baud", int(baud))
    _set("scanner/suffix", suffix)


def scanner_prefix() -> str:
    """Characters a keyboard-wedge scanner is programmed to send before each code ("" = none).

    With a prefix, a burst is a scan at any key rate a scanner uses; without, only bursts
    faster than people type are."""
    return _get("scanner/prefix")


def set_scanner_prefix(v: str) -> None:
    _set("scanner/prefix", v.strip())
