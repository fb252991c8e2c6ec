"""Uncaught errors: the crash dialog, the crash report file, the log, and the data left intact."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from desk_app import crash, logs
from desk_app.core import audit
from desk_app.core.models import OfficeSetting, User, database
from desk_app.ui import crash_dialog

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("KENSE_LOG_DIR", str(folder))
    logs.setup_logging(folder=folder)
    yield folder
    logs.teardown_logging()


@pytest.fixture
def hook(qapp, log_dir):
    handler = crash_dialog.install_crash_hook()
    yield handler
    crash_dialog.uninstall_crash_hook()


def reports(folder: Path) -> list[Path]:
    return sorted(folder.glob("crash-*.txt"))


def half_done_write_then_fail() -> None:
    """A slot that opens a transaction by hand, writes, and dies before committing."""
    db = database.obj
    db.begin()
    OfficeSetting.create(key="half_done", value="must not survive")
    raise ZeroDivisionError("boom in a slot")


@pytest.mark.qt_no_exception_capture
def test_error_in_a_timer_slot_shows_the_dialog_writes_a_report_and_keeps_data(qtbot, users, hook, log_dir):
    before_users = User.select().count()
    fired = []
    QTimer.singleShot(0, half_done_write_then_fail)
    QTimer.singleShot(20, lambda: fired.append("loop still running"))
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)  # the desk keeps running after the error

    dialog = hook.dialog
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: boom in a slot" in details
    assert "half_done_write_then_fail" in details and "Traceback" in details
    assert "open transaction rolled back: yes" in details
    assert "непредвиденная ошибка" in dialog.message.text() and "күтпеген қате" in dialog.message.text()
    # The report file holds the traceback and the versions; the log has the error.
    [report] = reports(log_dir)
    text = report.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a slot" in text and "kense: " in text and "qt: 6." in text
    assert dialog.report == report and str(report) in dialog.where.text()
    assert "uncaught error" in (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    # Copy puts the details on the clipboard.
    dialog.copy_button.click()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()

    # Data intact: the half-done row is gone, nothing else changed, the next write commits normally.
    db = database.obj
    sqlite = hasattr(db.connection(), "in_transaction")
    assert not db.in_transaction()
    if sqlite:  # psycopg2 opens a new implicit transaction on the dialog's own reads
        assert not db.connection().in_transaction
    # Same connection: a half-done transaction still open would show its own row here.
    assert OfficeSetting.get_or_none(OfficeSetting.key == "half_done") is None
    assert User.select().count() == before_users
    assert audit.verify_chain() == []
    if sqlite:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    OfficeSetting.create(key="after", value="ok")
    assert OfficeSetting.get_by_id("after").value == "ok"

    dialog.continue_button.click()
    qtbot.waitUntil(lambda: hook.dialog is None, timeout=5000)


@pytest.mark.qt_no_exception_capture
def test_second_error_goes_into_the_open_dialog(qtbot, db, hook, log_dir):
    def fail(msg: str):
        def slot() -> None:
            raise RuntimeError(msg)

        return slot

    QTimer.singleShot(0, fail("first"))
    QTimer.singleShot(5, fail("second"))
    qtbot.waitUntil(
        lambda: hook.dialog is not None and "second" in hook.dialog.details.toPlainText(), timeout=5000
    )
    assert "RuntimeError: first" in hook.dialog.details.toPlainText()
    assert len(reports(log_dir)) == 2


@pytest.mark.qt_no_exception_capture
def test_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, db, hook, log_dir):
    def work() -> None:
        raise ValueError("scanner worker died")

    t = threading.Thread(target=work, name="scanner")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    assert "ValueError: scanner worker died" in hook.dialog.details.toPlainText()
    assert "thread: scanner" in hook.dialog.details.toPlainText()
    assert len(reports(log_dir)) == 1


def test_rotating_log_file_in_the_log_folder(tmp_path):
    folder = tmp_path / "logs"
    path = logs.setup_logging(folder=folder)
    try:
        assert path == folder / "kense.log"
        handler = logs._handler
        assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS
        logging.getLogger("kense.test").info("Сәлем, журнал: ok № 5 ✓")
        handler.flush()
        text = path.read_text(encoding="utf-8")
        # UTF-8 throughout; Cyrillic words (names, addresses) are masked (issue 14)
        assert "start kense" in text and "…, …: ok № 5 ✓" in text and "Сәлем" not in text
        assert logs.setup_logging(folder=folder) == path  # once: no second handler
        assert sum(h is handler for h in logging.getLogger().handlers) == 1
    finally:
        logs.teardown_logging()


def test_cli_error_writes_a_report_and_exits_non_zero(tmp_path):
    code = (
        "from desk_app import crash, logs; logs.setup_logging(); crash.install_cli_hook(); "
        "raise KeyError('cli boom')"
    )
    env = {**os.environ, "KENSE_LOG_DIR": str(tmp_path / "logs")}
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 1
    assert "KeyError: 'cli boom'" in r.stderr and "Отчёт об ошибке" in r.stderr
    [report] = reports(tmp_path / "logs")
    assert "KeyError: 'cli boom'" in report.read_text(encoding="utf-8")
    assert "cli boom" in (tmp_path / "logs" / "kense.log").read_text(encoding="utf-8")


def test_report_without_a_database_or_qt(tmp_path):
    try:
        raise OSError("disk")
    except OSError as e:
        text = crash.report_text(type(e), e, e.__traceback__)
    assert "OSError: disk" in text and "python: " in text
    assert crash.write_report(text, tmp_path).read_text(encoding="utf-8") == text
