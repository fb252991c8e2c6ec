"""The notice area: the last few scan results and look-up errors, each with its time.

A non-modal strip under the tabs replaces the stack of message boxes an unknown scan used
to open and the status-bar text a failed look-up flashed for a few seconds: the clerk can
read it whenever they look up, and nothing takes the keyboard away from them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desk_app.core.clock import now

KEEP = 5  # the strip shows three; the rest scroll


class NoticeArea(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeArea")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the clerk's keys
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = 3
        self.setFixedHeight(self.fontMetrics().height() * rows + 2 * self.frameWidth() + 6)
        self.setToolTip(self.tr("Соңғы сканерлеулер мен хабарлар"))

    def post(self, text: str, error: bool = False) -> None:
        """Add a notice at the top, stamped with the time; older ones move down and drop off."""
        line = " ".join(text.split())
        item = QListWidgetItem(f"{now():%H:%M:%S}  {line}")
        item.setToolTip(text)
        if error:
            item.setForeground(QBrush(QColor("#a40000")))
        self.insertItem(0, item)
        while self.count() > KEEP:
            self.takeItem(self.count() - 1)

    def texts(self) -> list[str]:
        """The notices, newest first, without their times (tests read them)."""
        return [self.item(i).text().split("  ", 1)[1] for i in range(self.count())]
