"""The prepared document shown beside the head's signature queue, before signing.

It is the same rendering the print dialog uses (`documents.data.gather` → `render`), but
nothing is registered: the outgoing journal number is taken only when the document is
really printed, so reading a draft costs no number.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.core.clock import now
from desk_app.core.errors import KenseError

from . import i18n, notify


class DocPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docPreview")
        self.title = QLabel()
        self.title.setObjectName("docPreviewTitle")
        self.title.setWordWrap(True)
        # QtPdf (PDFium) is started only when there is a document to show: the head's tab is
        # built at every start, most starts show no draft, and PDFium's start is not free.
        self.doc: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        self.pdf = b""
        self.kind: str | None = None
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.addWidget(self.title)
        self.lay.addStretch(1)
        self.show_application(None)

    def _viewer(self) -> QPdfDocument:
        if self.doc is None:
            self.doc = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.doc)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.lay.takeAt(1)  # the stretch that held its place
            self.lay.addWidget(self.view, 1)
        return self.doc

    def show_application(self, number: str | None, kind: str | None = None) -> None:
        """Show application `number`'s document `kind` (its prepared or signed result); a
        plain line when there is none."""
        self.kind = kind if number is not None else None
        self.pdf = b""
        if self.doc is not None:
            self.doc.close()
        if number is None or kind is None:
            self.title.setText(self.tr("Қол қоюға дайындалған құжатты көру үшін бір жолды таңдаңыз"))
            return
        from desk_app.core.workflow import get_application
        from desk_app.documents import data, render
        from desk_app.documents.texts import kind_title

        lang = i18n.current()
        try:
            facts = data.gather(kind, get_application(number), lang)
            self.pdf, _pages = render.render(facts, self.tr("(жоба)"), now())
        except KenseError as e:
            self.title.setText(notify.error_text(e))
            return
        self.title.setText(f"{kind_title(kind, lang)} — {number}")
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._viewer().load(self._buffer)

    def page_count(self) -> int:
        return self.doc.pageCount() if self.doc is not None else 0
