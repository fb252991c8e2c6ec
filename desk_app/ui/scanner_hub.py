"""Both kinds of scanner feed one signal: `app_signals().scan_received`.

The serial listener (a QThread that only emits strings) and the keyboard-wedge filter are
started once per process, before the first-run wizard, so that its scanner test page and
every tab hear the same scans. The state goes to `app_signals().scanner_state`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desk_app.devices.qt_scanner import QtScanner
from desk_app.devices.serial_reader import ScannerSettings
from desk_app.devices.wedge import WedgeFilter

from . import prefs
from .signals import app_signals


class ScannerHub(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.serial: QtScanner | None = None
        self.wedge = WedgeFilter(prefix=prefs.scanner_prefix(), parent=self)
        app_signals().settings_changed.connect(self._settings_changed)

    def _settings_changed(self) -> None:
        self.wedge.configure(prefix=prefs.scanner_prefix())

    def start(self, app: QCoreApplication | None = None) -> None:
        signals = app_signals()
        self.wedge.install(app)
        self.wedge.scanned.connect(signals.scan_received)
        port = prefs.scanner_port()
        if not port:
            signals.scanner_state.emit(QCoreApplication.translate("ScannerHub", "пернетақта"))
            return
        self.serial = QtScanner(
            ScannerSettings(port=port, baud=prefs.scanner_baud(), suffix=prefs.scanner_suffix()), parent=self
        )
        self.serial.scanned.connect(signals.scan_received)
        self.serial.state_changed.connect(signals.scanner_state)
        self.serial.start()

    def stop(self) -> None:
        if self.serial is not None:
            self.serial.stop()
            self.serial = None
        self.wedge.uninstall()
