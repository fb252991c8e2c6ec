"""The queue widget every tab reuses: a table over `QueueModel`, filters, legend, row count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import queues

from .queue_model import URGENCY_COLOURS, QueueModel


class QueueView(QWidget):
    """One role's queue. `selected_rows()` gives the chosen `QueueRow`s; `reload()` re-queries."""

    activated = Signal(object)  # QueueRow double-clicked / Enter
    selection_changed = Signal()

    def __init__(self, role: str, parent: QWidget | None = None, executor_id: int | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(role, self)
        self.model.executor_id = executor_id
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("serviceFilter")
        self.service_combo.addItem(self.tr("Барлық қызметтер"), None)
        for no in (1, 2, 3, 4):
            self.service_combo.addItem(self.tr("%1-қызмет").replace("%1", str(no)), no)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText(self.tr("Нөмір, ЖСН немесе тегі"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("rowCount")
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.service_combo.currentIndexChanged.connect(self.reload)
        self.text_filter.textChanged.connect(self._debounce.start)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QueueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueModel.COL_APPLICANT, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (QueueModel.COL_NUMBER, 110),
            (QueueModel.COL_SERVICE, 70),
            (QueueModel.COL_STEP, 60),
            (QueueModel.COL_DUE, 130),
            (QueueModel.COL_LEFT, 110),
        ):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._on_activated)
        # Enter on the chosen row does what a double click does (the tab's main action): the
        # clerk who filtered by the number never needs the mouse for it. An event filter on
        # the table, not a QShortcut: a Return shortcut takes Enter from every line edit of
        # the window (the Center's recipient field stopped issuing).
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Қызмет:")))
        top.addWidget(self.service_combo)
        top.addWidget(self.text_filter, 1)
        legend = QHBoxLayout()
        for key, text in (
            ("on_time", self.tr("Мерзімінде")),
            ("due_soon", self.tr("Мерзімі жақын")),
            ("overdue", self.tr("Мерзімі өткен")),
        ):
            swatch = QLabel(text)
            colour = URGENCY_COLOURS[key]
            swatch.setStyleSheet(
                "padding: 2px 8px; border: 1px solid #bbb; background: %s;"
                % (colour.name() if colour else "white")
            )
            legend.addWidget(swatch)
        legend.addStretch(1)
        legend.addWidget(self.count_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(legend)

    def reload(self) -> None:
        keep = {r.app_id for r in self.selected_rows()}
        self.model.set_filter(self.service_combo.currentData(), self.text_filter.text())
        total = f"{self.model.total()}{'+' if self.model.total_is_lower_bound() else ''}"
        self.count_label.setText(self.tr("Барлығы: %1").replace("%1", total))
        if keep:
            sel = self.table.selectionModel()
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).app_id in keep:
                    sel.select(self.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def clear_filters(self) -> None:
        """Empty the text and service filters and the selection (a user switch), without a
        query now: the tab reloads its queues when it is next shown."""
        for w in (self.text_filter, self.service_combo):
            w.blockSignals(True)
        self.text_filter.clear()
        self.service_combo.setCurrentIndex(0)
        for w in (self.text_filter, self.service_combo):
            w.blockSignals(False)
        self._debounce.stop()
        self.table.clearSelection()

    def selected_rows(self) -> list[queues.QueueRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def select_number(self, number: str) -> bool:
        """Select the row of an application number (a scan); False when it is not in this queue."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).number == number:
                self.table.selectRow(row)
                return True
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.table.currentIndex().isValid()
        ):
            self._on_activated(self.table.currentIndex())
            return True
        return super().eventFilter(obj, event)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()))
