"""The print dialog the tabs open: the document in an in-app preview, a printer chooser,
Print, and the application's earlier printed documents for a reprint.

Opening it makes (or, when nothing changed, reuses) the registered document through
`documents.service.print_document`; Print sends exactly those stored bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import KenseError
from desk_app.documents import printer as printing
from desk_app.documents import service
from desk_app.documents.journal import PrintedDocument
from desk_app.documents.texts import kind_title

from . import notify
from .screen_fit import resize_within_screen
from .session import User


class PrintPreviewDialog(QDialog):
    """`PrintPreviewDialog(app_number, kind, lang, user, parent)`.

    `printers` and `send` default to the system's print queues; tests pass stand-ins.
    """

    printed = Signal(str, str)  # journal number, job id

    def __init__(
        self,
        app_number: str,
        kind: str,
        lang: str = "kk",
        user: User | None = None,
        parent: QWidget | None = None,
        printers: Callable[[], list[str]] | None = None,
        send: Callable[[bytes, str, str, int], str] | None = None,
        ask_path: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_number = app_number
        self.kind = kind
        self.lang = lang
        self.user: User | str = user if user is not None else "desk"
        self._send = send or (lambda pdf, name, title, copies: printing.print_pdf(pdf, name, title, copies))
        # where "save as PDF" writes; tests pass a stand-in for the file chooser
        self._ask_path = ask_path or self._choose_path
        self.record: PrintedDocument | None = None
        self.pdf: bytes = b""
        self._buffer: QBuffer | None = None

        # the interface speaks the desk's language (Qt Linguist); `lang` is the paper's
        self.setWindowTitle(f"{self.tr('Басып шығару')} — {kind_title(kind, lang)} {app_number}")
        resize_within_screen(self, 980, 760)
        self.doc = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self._history_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self._printer_bar(printers)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        self.load()

    def _no_printers_text(self) -> str:
        return self.tr(
            "Бұл компьютерде принтер жоқ: құжатты PDF ретінде сақтап, басқа жерде басып шығаруға болады"
        )

    def _history_side(self) -> QWidget:
        """The application's earlier printed documents, and "a new copy" (a new number)."""
        side = QWidget(self)
        self.history = QListWidget(side)
        self.history.currentItemChanged.connect(self._history_chosen)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Осы өтініш бойынша басылған құжаттар"), side))
        side_layout.addWidget(self.history)
        self.new_button = QPushButton(self.tr("Жаңа дана (жаңа нөмір)"), side)
        self.new_button.clicked.connect(lambda: self.load(new=True))
        side_layout.addWidget(self.new_button)
        return side

    def _printer_bar(self, printers: Callable[[], list[str]] | None) -> QHBoxLayout:
        """Printer, copies, Print, Save as PDF, Close; with no printer, saving is the default."""
        self.printer_box = QComboBox(self)
        names = (printers or printing.list_printers)()
        self.printer_box.addItems(names)
        default = printing.default_printer() if printers is None else None
        if default in names:
            self.printer_box.setCurrentText(default)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 10)
        self.print_button = QPushButton(self.tr("Басып шығару"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_current)
        self.save_button = QPushButton(self.tr("PDF ретінде сақтау…"), self)
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Жабу"), self)
        close.clicked.connect(self.reject)
        if not names:
            self.status.setText(self._no_printers_text())
            self.save_button.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Принтер:"), self))
        bar.addWidget(self.printer_box, 1)
        bar.addWidget(QLabel(self.tr("Дана:"), self))
        bar.addWidget(self.copies)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        return bar

    # ------------------------------------------------------------ documents

    def load(self, new: bool = False) -> None:
        """Make or reuse the registered document and show it."""
        try:
            rec, pdf = service.print_document(self.app_number, self.kind, self.lang, self.user, new=new)
        except KenseError as e:
            self._error(e)
            self._fill_history()
            return
        self._show(rec, pdf)
        self._fill_history()

    def _show(self, rec: PrintedDocument, pdf: bytes) -> None:
        self.record, self.pdf = rec, pdf
        self.doc.close()
        buf = QBuffer(self)
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc.load(buf)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buf
        self._update_buttons()
        text = (
            f"{kind_title(rec.kind, rec.lang)} · {rec.journal_no} · "
            f"{rec.printed_at:%d.%m.%Y %H:%M} · {rec.user}"
        )
        if self.printer_box.count() == 0:  # said plainly, with the way out
            text = f"{self._no_printers_text()}\n{text}"
        self.status.setText(text)

    def _fill_history(self) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        try:
            rows = service.history(self.app_number)
        except KenseError:
            rows = []
        for rec in rows:
            issued = f" · ✓ {rec.issued_to}" if rec.issued_at else ""
            item = QListWidgetItem(
                f"{rec.journal_no} · {kind_title(rec.kind, rec.lang)} · "
                f"{rec.lang} · {rec.printed_at:%d.%m.%Y %H:%M} · "
                f"{rec.user}{issued}"
            )
            item.setData(Qt.ItemDataRole.UserRole, rec.journal_no)
            self.history.addItem(item)
            if self.record is not None and rec.journal_no == self.record.journal_no:
                self.history.setCurrentItem(item)
        self.history.blockSignals(False)

    def _history_chosen(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        journal_no = item.data(Qt.ItemDataRole.UserRole)
        if self.record is not None and journal_no == self.record.journal_no:
            return
        try:
            rec, pdf = service.reprint(journal_no, self.user)
        except KenseError as e:
            self._error(e)
            return
        self._show(rec, pdf)

    # ------------------------------------------------------------ printing

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.record is not None and self.printer_box.count() > 0)
        self.save_button.setEnabled(self.record is not None)

    def _choose_path(self, default: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF ретінде сақтау…"), default, "PDF (*.pdf)")
        return path

    def save_pdf(self) -> str | None:
        """The registered document's bytes into a file the clerk chooses (no printer here)."""
        if self.record is None:
            return None
        from pathlib import Path

        default = str(Path.home() / f"{self.record.kind}-{self.record.journal_no.replace('/', '-')}.pdf")
        path = self._ask_path(default)
        if not path:
            return None
        try:
            Path(path).write_bytes(self.pdf)
        except OSError:
            self.status.setText(self.tr("Сақталмады: %1").replace("%1", path))
            return None
        self.status.setText(self.tr("Сақталды: %1").replace("%1", path))
        return path

    def print_current(self) -> str | None:
        if self.record is None:
            return None
        name = self.printer_box.currentText()
        title = f"{self.record.kind}-{self.record.journal_no.replace('/', '-')}"
        try:
            job = self._send(self.pdf, name, title, self.copies.value())
            service.record_sent(self.record, self.user, name, job)
        except KenseError as e:
            self._error(e)
            return None
        self.status.setText(self.tr("Принтерге жіберілді: %1").replace("%1", job))
        self.printed.emit(self.record.journal_no, job)
        return job

    def _error(self, e: KenseError) -> None:
        self.status.setText(notify.error_text(e))  # the desk's language, like every message
        self.status.setProperty("error", True)
        self._update_buttons()
