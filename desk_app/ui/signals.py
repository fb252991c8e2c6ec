"""App-level signals, so each tab refreshes only what it shows (Vorta/Anki style)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    applications_changed = Signal()  # any application advanced or was created
    cards_changed = Signal()
    scan_received = Signal(str)  # raw payload from the serial listener or a keyboard wedge
    scanner_state = Signal(str)
    user_changed = Signal(object)  # the signed-in User, or None when locked/signed out
    settings_changed = Signal()  # the Settings dialog saved (scanner prefix, idle lock, …)


_signals: AppSignals | None = None


def app_signals() -> AppSignals:
    global _signals
    if _signals is None:
        _signals = AppSignals()
    return _signals
