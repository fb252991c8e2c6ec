"""The export dialog: a real export in its worker thread, progress, folder opened, cancel."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk_app.core.demo.demo import build_demo
from desk_app.reports import monthly
from desk_app.reports.labels import MONTHS
from desk_app.ui import i18n
from desk_app.ui.export_dialog import ExportDialog


@pytest.fixture
def office(db):
    build_demo(seed=3, persons=15, applications=40, today=dt.datetime(2025, 6, 20, 12))
    return db


def test_export_runs_in_background_and_opens_folder(qtbot, office, tmp_path):
    opened = []
    dlg = ExportDialog(folder=tmp_path, today=dt.date(2025, 6, 20), open_url=opened.append)
    qtbot.addWidget(dlg)
    assert dlg.selected_month() == (2025, 5)  # the month before today
    assert dlg.path_edit.text() == str(tmp_path / "kense-2025-05-kk.xlsx")
    dlg.lang_box.setCurrentIndex(1)
    assert dlg.path_edit.text().endswith("kense-2025-05-ru.xlsx")
    progress = []
    dlg.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dlg.exported, timeout=20000) as sig:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
        assert not dlg.export_button.isEnabled() and dlg.cancel_button.isEnabled()
    summary = sig.args[0]
    out = tmp_path / "kense-2025-05-ru.xlsx"
    assert summary["path"] == str(out) and out.exists()
    assert load_workbook(out).sheetnames[0] == "Сводка"
    assert dlg.progress.value() == dlg.progress.maximum() > 1
    assert progress and progress[-1] == dlg.progress.maximum()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    assert str(summary["total"]["received"]) in dlg.status.text()
    assert dlg.status.text().endswith(f" {summary['total']['returned']}")  # returned documents, last
    assert dlg.export_button.isEnabled() and not dlg.cancel_button.isEnabled()
    assert not dlg.running()


def test_cancel_stops_the_worker(qtbot, db, tmp_path, monkeypatch):
    started = []

    def slow_export(year, month, path, lang="kk", show_iin=False, progress=None, cancel=None):
        started.append(True)
        progress(0, 10)
        deadline = time.monotonic() + 10
        while not cancel():  # the export polls cancel between chunks; here until it is set
            if time.monotonic() > deadline:
                raise AssertionError("cancel never arrived")
            time.sleep(0.01)
        raise monthly.ExportCancelled("Экспорт тоқтатылды", "Экспорт отменён")

    monkeypatch.setattr(monthly, "export_month", slow_export)
    opened = []
    dlg = ExportDialog(folder=tmp_path, today=dt.date(2025, 6, 20), open_url=opened.append)
    qtbot.addWidget(dlg)
    dlg.start()
    qtbot.waitUntil(lambda: bool(started) and dlg.progress.maximum() == 10, timeout=5000)
    with qtbot.waitSignal(dlg.stopped, timeout=5000) as sig:
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert sig.args == [True]
    assert dlg.status.text() == "Экспорт тоқтатылды"
    assert not opened and not dlg.running() and dlg.export_button.isEnabled()


@pytest.fixture
def russian_desk():
    assert i18n.install("ru")
    yield
    i18n.install("kk")


def test_a_russian_desk_reads_the_dialog_in_russian(qtbot, db, tmp_path, russian_desk):
    """Every text of the dialog comes from the Qt Linguist catalogue (no table of its own)."""
    dlg = ExportDialog(folder=tmp_path, today=dt.date(2025, 6, 20), open_url=lambda u: None)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Ежемесячный отчёт (в акимат)"
    assert (dlg.export_button.text(), dlg.cancel_button.text(), dlg.close_button.text()) == (
        "Экспортировать",
        "Отменить",
        "Закрыть",
    )
    assert (dlg.show_iin.text(), dlg.open_when_done.text()) == (
        "Показывать ИИН полностью",
        "Открыть папку по готовности",
    )
    labels = {lb.text() for lb in dlg.findChildren(QLabel)}
    assert {"Месяц", "Язык отчёта", "Файл"} <= labels
    assert dlg.month_box.itemText(0) == MONTHS["ru"][0]
    assert dlg.lang_box.currentData() == "kk"  # the report's language is chosen apart


def test_error_is_shown_in_both_languages(qtbot, db, tmp_path, russian_desk):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dlg = ExportDialog(folder=tmp_path, lang="ru", today=dt.date(2025, 6, 20), open_url=lambda u: None)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(blocker / "report.xlsx"))  # a folder that is a file
    with qtbot.waitSignal(dlg.stopped, timeout=10000) as sig:
        dlg.start()
    assert sig.args == [False]
    assert dlg.status.text().startswith("Ошибка: Не удалось записать файл")
