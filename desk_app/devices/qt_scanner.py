"""The serial scanner for the Qt desk: the same listener, in a QThread, speaking in signals.

The worker only emits plain strings; it never touches widgets or the database. Signals
cross to the GUI thread as queued connections, where the desk calls
`core.scanning.handle_scan` (QtCore only: importable without a display).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .serial_reader import Opener, ScannerSettings, SerialListener


class _Worker(QObject):
    scanned = Signal(str)
    state_changed = Signal(str)

    def __init__(self, settings: ScannerSettings, opener: Opener | None, max_backoff: float) -> None:
        super().__init__()
        self.listener = SerialListener(
            settings, self.scanned.emit, self.state_changed.emit, opener=opener, max_backoff=max_backoff
        )

    @Slot()
    def run(self) -> None:
        self.listener.run()
        # Called on the worker's own thread, so its event loop ends once this slot returns.
        QThread.currentThread().quit()


class QtScanner(QObject):
    """Owns the worker thread. `scanned(str)`: a complete line; `state_changed(str)`:
    "connected", "disconnected: …", "retrying", "stopped"."""

    scanned = Signal(str)
    state_changed = Signal(str)

    def __init__(
        self,
        settings: ScannerSettings,
        opener: Opener | None = None,
        max_backoff: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._opener = opener
        self._max_backoff = max_backoff
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        if self.is_running():
            return
        self._worker = _Worker(self.settings, self._opener, self._max_backoff)
        self._thread = QThread()
        self._thread.setObjectName("scanner")
        self._worker.moveToThread(self._thread)
        self._worker.scanned.connect(self.scanned)
        self._worker.state_changed.connect(self.state_changed)
        self._thread.started.connect(self._worker.run)
        self._thread.start()

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Stop reading and wait for the thread; True when it ended in time."""
        if self._thread is None or self._worker is None:
            return True
        self._worker.listener.stop()
        ended = self._thread.wait(timeout_ms)
        if ended:  # a QThread destroyed while running would abort the process
            self._thread = None
            self._worker = None
        return ended
