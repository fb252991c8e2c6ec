"""The head's "monthly report" dialog: pick a month and language, export in the background.

The export runs in a worker thread that only emits signals with plain data (progress,
finished, failed); the dialog alone touches widgets. Cancelling sets an event the export
polls between chunks of rows, and the export then leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.db import close_thread_connection
from desk_app.core.errors import KenseError
from desk_app.reports import monthly
from desk_app.reports.labels import MONTHS

from . import i18n


class ExportWorker(QObject):
    """Runs `export_month` in its thread; talks to the GUI only through signals."""

    progress = Signal(int, int)
    finished = Signal(dict)
    failed = Signal(str, str, bool)  # Kazakh, Russian, cancelled?

    def __init__(self, year: int, month: int, path: str, lang: str, show_iin: bool) -> None:
        super().__init__()
        self.args = (year, month, path, lang, show_iin)
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        year, month, path, lang, show_iin = self.args
        try:
            summary = monthly.export_month(
                year,
                month,
                path,
                lang=lang,
                show_iin=show_iin,
                progress=self.progress.emit,
                cancel=self.cancel_event.is_set,
            )
        except monthly.ExportCancelled as e:
            self.failed.emit(e.kk, e.ru, True)
        except KenseError as e:
            self.failed.emit(e.kk, e.ru, False)
        except Exception as e:  # noqa: BLE001 - shown to the user, never lost in the thread
            self.failed.emit(f"{type(e).__name__}: {e}", f"{type(e).__name__}: {e}", False)
        else:
            self.finished.emit(summary)
        finally:
            close_thread_connection()  # this thread's connection only


def _previous_month(today: dt.date) -> tuple[int, int]:
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


class ExportDialog(QDialog):
    """Month, language, file; a progress bar with cancel; opens the folder when done."""

    exported = Signal(dict)  # the summary, after the file is written
    stopped = Signal(bool)  # failed or cancelled (True when cancelled)

    def __init__(
        self,
        parent: QWidget | None = None,
        lang: str = "kk",
        folder: str | Path | None = None,
        today: dt.date | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.open_url = open_url
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.summary: dict | None = None
        self.setWindowTitle(self.tr("Айлық есеп (әкімдікке)"))
        year, month = _previous_month(today or dt.date.today())
        self.folder = (
            Path(folder)
            if folder
            else Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or Path.home()
            )
        )

        self.month_box = QComboBox()
        self.month_box.addItems(MONTHS[i18n.current()])
        self.month_box.setCurrentIndex(month - 1)
        self.year_box = QSpinBox()
        self.year_box.setRange(2012, 2100)
        self.year_box.setValue(year)
        when = QHBoxLayout()
        when.addWidget(self.month_box, 1)
        when.addWidget(self.year_box)
        self.lang_box = QComboBox()
        self.lang_box.addItem("Қазақша", "kk")
        self.lang_box.addItem("Русский", "ru")
        self.lang_box.setCurrentIndex(1 if lang == "ru" else 0)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Таңдау…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.show_iin = QCheckBox(self.tr("ЖСН толық көрсетілсін"))
        self.open_when_done = QCheckBox(self.tr("Дайын болғанда папканы ашу"))
        self.open_when_done.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Ай"), when)
        form.addRow(self.tr("Есеп тілі"), self.lang_box)
        form.addRow(self.tr("Файл"), file_row)
        form.addRow(self.show_iin)
        form.addRow(self.open_when_done)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Экспорттау"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Тоқтату"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(self.tr("Жабу"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setEnabled(False)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.month_box.currentIndexChanged.connect(self._default_path)
        self.year_box.valueChanged.connect(self._default_path)
        self.lang_box.currentIndexChanged.connect(self._default_path)
        self._default_path()

    def selected_month(self) -> tuple[int, int]:
        return self.year_box.value(), self.month_box.currentIndex() + 1

    @Slot()
    def _default_path(self) -> None:
        year, month = self.selected_month()
        lang = self.lang_box.currentData()
        self.path_edit.setText(str(self.folder / f"kense-{year}-{month:02d}-{lang}.xlsx"))

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Файл"), self.path_edit.text(), "Excel (*.xlsx)")
        if path:
            self.path_edit.setText(path if path.endswith(".xlsx") else path + ".xlsx")

    def running(self) -> bool:
        return self._thread is not None

    @Slot()
    def start(self) -> None:
        if self.running():
            return
        year, month = self.selected_month()
        self.summary = None
        self._worker = ExportWorker(
            year, month, self.path_edit.text().strip(), self.lang_box.currentData(), self.show_iin.isChecked()
        )
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._set_busy(True)
        self.status.setText(self.tr("Есеп жасалуда…"))
        self.progress.setRange(0, 0)  # busy until the first figures come
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel_event.set()

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for w in (self.month_box, self.year_box, self.lang_box, self.path_edit, self.show_iin):
            w.setEnabled(not busy)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self._set_busy(False)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(dict)
    def _on_finished(self, summary: dict) -> None:
        self._stop_thread()
        self.summary = summary
        self.progress.setValue(self.progress.maximum())
        tot = summary["total"]
        done = self.tr("Дайын: %1\nҚабылданды %2, оң нәтиже %3, бас тарту %4, құжаттар қайтарылды %5")
        values = (summary["path"], tot["received"], tot["completed"], tot["refused"], tot["returned"])
        for n, value in enumerate(values, 1):
            done = done.replace(f"%{n}", str(value))
        self.status.setText(done)
        if self.open_when_done.isChecked():
            self.open_url(QUrl.fromLocalFile(str(Path(summary["path"]).parent)))
        self.exported.emit(summary)

    @Slot(str, str, bool)
    def _on_failed(self, kk: str, ru: str, cancelled: bool) -> None:
        self._stop_thread()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        # a domain error keeps its two languages; the one shown is the desk's
        msg = ru if i18n.current() == "ru" else kk
        self.status.setText(
            self.tr("Экспорт тоқтатылды") if cancelled else self.tr("Қате: %1").replace("%1", msg)
        )
        self.stopped.emit(cancelled)

    def reject(self) -> None:
        if self.running():  # closing mid-export cancels it first
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
