"""The desk's scanner hub (serial over a socat pty, keyboard wedge) and its backup timer."""

from __future__ import annotations

import shutil

import pytest
import serial
from PySide6.QtWidgets import QApplication
from scan_support import SocatPair

from desk_app.core import settings
from desk_app.core.safety import backup
from desk_app.ui import prefs
from desk_app.ui.backup_timer import BackupTimer
from desk_app.ui.scanner_hub import ScannerHub
from desk_app.ui.signals import app_signals


@pytest.mark.skipif(not shutil.which("socat"), reason="socat is not installed")
def test_serial_scans_reach_the_app_signal(qtbot, tmp_path):
    pair = SocatPair(tmp_path).start()
    hub = ScannerHub()
    states: list[str] = []
    got: list[str] = []
    app_signals().scanner_state.connect(states.append)
    app_signals().scan_received.connect(got.append)
    try:
        prefs.set_scanner(pair.b, 9600, "cr")
        hub.start(QApplication.instance())
        qtbot.waitUntil(lambda: "connected" in states, timeout=10000)
        with serial.Serial(pair.a, 9600, timeout=1) as dev:
            dev.write(b"2026-000042\r")
            dev.flush()
        qtbot.waitUntil(lambda: got == ["2026-000042"], timeout=5000)
    finally:
        hub.stop()
        pair.stop()
        app_signals().scan_received.disconnect(got.append)
        app_signals().scanner_state.disconnect(states.append)


def test_without_a_serial_port_the_wedge_still_listens(qtbot):
    prefs.set_scanner("")
    states: list[str] = []
    app_signals().scanner_state.connect(states.append)
    hub = ScannerHub()
    hub.start(QApplication.instance())
    try:
        assert hub.serial is None and states == ["пернетақта"]
        assert hub.wedge.parent() is hub
    finally:
        hub.stop()
        app_signals().scanner_state.disconnect(states.append)


def test_backup_at_start_then_not_again_the_same_day(qtbot, users, tmp_path):
    if users["admin"]._meta.database.obj.__class__.__name__ != "SqliteDatabase":
        pytest.skip("pg_dump path is covered by test_backup")
    folder = tmp_path / "usb"
    settings.put("backup_dir", str(folder), "admin")
    backup.reset_schedule()
    timer = BackupTimer()
    with qtbot.waitSignal(timer.finished, timeout=20000) as first:
        timer.start()
    made = first.args[0]
    assert made and backup.verify_sqlite_file(folder / made.rsplit("/", 1)[-1])
    with qtbot.waitSignal(timer.finished, timeout=20000) as second:
        timer.run_now()
    assert second.args == [""]  # already one today
    assert len(list(folder.glob("kense-*.sqlite"))) == 1


def test_backup_failure_is_reported_not_raised(qtbot, users, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    settings.put("backup_dir", str(blocker / "sub"), "admin")
    backup.reset_schedule()
    timer = BackupTimer()
    with qtbot.waitSignal(timer.failed, timeout=20000) as failed:
        timer.start()
    kk, ru = failed.args
    assert "қалтасы" in kk and "папку" in ru
