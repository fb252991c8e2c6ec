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


class BackupTimer(QObject):
    finished = Signal(str)  # the new file, or "" when none was due
    failed = Signal(str, str)  # kk, ru

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(HOURLY_MS)
        self._timer.timeout.connect(self.run_now)
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
        self._thread = threading.Thread(target=self._work, args=(folder,), name="backup", daemon=True)
        self._thread.start()

    def _work(self, folder) -> None:
        try:
            path = backup.maybe_backup(folder)
            if path:
                log.info("backup written: %s", path)
            self.finished.emit(str(path or ""))
        except KenseError as e:
            log.warning("backup failed: %s", e)
            self.failed.emit(e.kk, e.ru)
        except Exception as e:  # never take the desk down for a backup
            log.exception("backup failed")
            self.failed.emit(str(e), str(e))

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
