"""The crash dialog: an uncaught error is logged, reported to a file, shown in Kazakh and Russian.

`install_crash_hook()` replaces `sys.excepthook` (PySide6 calls it for an exception in a slot, a
timer or an overridden virtual, and the event loop keeps running) and `threading.excepthook`
(a worker's error is handed to the GUI thread by a queued signal: widgets live only there).
The data stays intact: `desk_app.crash.handle` rolls back an open transaction and writes nothing
to the database; the desk keeps running, and the clerk may quit from the dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import crash

log = logging.getLogger("kense.crash")

MESSAGE = (
    "<b>Бағдарламада күтпеген қате болды.</b><br>"
    "Деректер сақталған: аяқталмаған өзгеріс болдырылмады. Жұмысты жалғастыруға болады; "
    "қате қайталанса, төмендегі мәліметтерді көшіріп, әкімшіге жіберіңіз."
    "<br><br>"
    "<b>В программе произошла непредвиденная ошибка.</b><br>"
    "Данные сохранены: незавершённое изменение отменено. Работу можно продолжить; "
    "если ошибка повторяется, скопируйте подробности ниже и отправьте администратору."
)


class CrashDialog(QDialog):
    """Non-blocking (shown with `show()`): the event loop, and the desk, keep running."""

    def __init__(self, details: str, report: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("Қате / Ошибка — Кеңсе")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        self.message = text = QLabel(MESSAGE)
        text.setWordWrap(True)
        self.where = where = QLabel(
            f"Есеп / Отчёт: {report}" if report else "Есеп жазылмады / Отчёт не записан"
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(620, 240)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("Көшіру / Копировать")
        self.folder_button = QPushButton("Журнал қалтасы / Папка журналов")
        self.quit_button = QPushButton("Шығу / Выйти")
        self.continue_button = QPushButton("Жалғастыру / Продолжить")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_folder)
        self.quit_button.clicked.connect(self._quit)
        self.continue_button.clicked.connect(self.accept)
        self.continue_button.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(where)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)

    def add_details(self, details: str) -> None:
        """A further error while the dialog is open goes below the first, not into a new window."""
        self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent)))

    def _quit(self) -> None:
        self.accept()
        QApplication.quit()


class _CrashHandler(QObject):
    """Lives in the GUI thread; worker threads reach it through the queued `crashed` signal."""

    crashed = Signal(str, str)  # details, report path ("" when none)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CrashDialog | None = None
        self.crashed.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        self._busy = False

    @Slot(str, str)
    def show_dialog(self, details: str, report: str) -> None:
        if self._busy:  # an error while building the dialog: the log has it, do not recurse
            return
        self._busy = True
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_details(details)
                return
            parent = QApplication.activeWindow()
            self.dialog = CrashDialog(details, Path(report) if report else None, parent)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
        except Exception:
            log.exception("cannot show the crash dialog")
        finally:
            self._busy = False

    def _forget(self) -> None:
        self.dialog = None

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            details, report = crash.handle(exc_type, exc, tb)
        except Exception:  # never let the hook itself crash the desk
            log.exception("crash handling failed")
            return
        self._deliver(details, report)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        try:
            details, report = crash.handle(
                args.exc_type,
                args.exc_value or args.exc_type(),
                args.exc_traceback,
                args.thread.name if args.thread else None,
            )
        except Exception:
            log.exception("crash handling failed")
            return
        self.crashed.emit(details, str(report or ""))  # queued to the GUI thread

    def _deliver(self, details: str, report: Path | None) -> None:
        if QApplication.instance() is None:
            sys.__excepthook__(*sys.exc_info())
            return
        if threading.current_thread() is threading.main_thread():
            self.show_dialog(details, str(report or ""))
        else:
            self.crashed.emit(details, str(report or ""))


_handler: _CrashHandler | None = None


def install_crash_hook() -> _CrashHandler:
    """Install the hooks (once; needs a QApplication). Returns the handler, for tests."""
    global _handler
    if _handler is None:
        _handler = _CrashHandler()
    sys.excepthook = _handler.excepthook
    threading.excepthook = _handler.thread_hook
    return _handler


def uninstall_crash_hook() -> None:
    global _handler
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _handler is not None:
        if _handler.dialog is not None:
            _handler.dialog.close()
        _handler.deleteLater()
        _handler = None


@contextmanager
def crash_hook() -> Iterator[_CrashHandler]:
    """The hooks for the desk's lifetime; the previous hooks come back afterwards."""
    old_sys, old_thread = sys.excepthook, threading.excepthook
    try:
        yield install_crash_hook()
    finally:
        uninstall_crash_hook()
        sys.excepthook, threading.excepthook = old_sys, old_thread
