"""Leftovers of a killed backup or export: removed at the next start or run.

A `.partial` backup can be hundreds of MB and an export's temporary sheets hold full IINs;
a process killed mid-way leaves them. They are recognised by name and only removed once
they are older than a running job could leave them (a live job keeps writing its file).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

STALE_SECONDS = 600
PATTERNS = ("kense-*.partial", "kense-*.partial.anchor", ".~kense-export-*", "*.xlsx.part")


def clean_stale(
    folder: Path, patterns: tuple[str, ...] = PATTERNS, older_than: float = STALE_SECONDS
) -> list[Path]:
    """Delete our leftovers in `folder` not touched for `older_than` seconds; return them."""
    gone: list[Path] = []
    if not folder.is_dir():
        return gone
    limit = time.time() - older_than
    for pattern in patterns:
        for p in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if p.is_file() and p.stat().st_mtime < limit:
                    p.unlink()
                    gone.append(p)
    return gone


def clean_at_start() -> None:
    """The per-user data folder and its default backup folder (never raises)."""
    from ..paths import user_data_dir

    with contextlib.suppress(OSError):
        base = user_data_dir()
        for folder in (base, base / "backups"):
            clean_stale(folder)
