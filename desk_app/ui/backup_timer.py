"""Backups while the desk runs: one at start, then daily (`core.safety.backup.maybe_backup`).

The copy itself (SQLite backup API on its own connection, or pg_dump) runs on a plain
thread so a large database never freezes the window; the outcome comes back as a signal.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.core.errors import KenseError
from desk_app.core.safety import backup

log = logging.getLogger("kense.backup")
HOURLY_MS = 60 * 60 * 1000


class _Relay(QObject):
    """What the backup thread holds: the timer's child, not the timer. Were the thread to
    hold the timer, a timer dropped meanwhile would be destroyed on the backup thread with
    its QTimer ("Timers cannot be stopped from another thread"); the relay is destroyed with
    its parent on the GUI thread, and a late emit finds it gone."""

    finished = Signal(str)
    failed = Signal(str, str)


def _work(folder, relay: _Relay) -> None:
    try:
        path = backup.maybe_backup(folder)
        if path:
            log.info("backup written: %s", path)
        outcome: tuple = (relay.finished, str(path or ""))
    except KenseError as e:
        log.warning("backup failed: %s", e)
        outcome = (relay.failed, e.kk, e.ru)
    except Exception as e:  # never take the desk down for a backup
        log.exception("backup failed")
        outcome = (relay.failed, str(e), str(e))
    try:
        outcome[0].emit(*outcome[1:])
    except RuntimeError:  # the timer (and its relay) went away meanwhile
        pass


class BackupTimer(QObject):
    finished = Signal(str)  # the new file, or "" when none was due
    failed = Signal(str, str)  # kk, ru

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(HOURLY_MS)
        self._timer.timeout.connect(self.run_now)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._relay.failed.connect(self.failed)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.run_now()
        self._timer.start()

    def run_now(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        try:
            folder = backup.backup_folder()  # a settings read: on the GUI thread's connection
        except Exception:
            log.exception("backup folder unknown")
            return
        self._thread = threading.Thread(target=_work, args=(folder, self._relay), name="backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
