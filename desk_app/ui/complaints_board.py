"""The head's page of complaints (R1-R4 p.18): open ones, late first, and the answer.

Lives inside the head's tab (`HeadTab`), which runs the answer through `RoleTab.act`.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import complaints

from .complaint_dialog import term_text
from .dates import picked_date
from .queue_model import URGENCY_COLOURS
from .rows import STRETCH, hbox

_FMT = "%d.%m.%Y"


class ComplaintsBoard(QWidget):
    def __init__(self, tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab  # the head's RoleTab: acts for the signed-in head
        self.rows: list[complaints.BoardRow] = []
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("complaintsBoard")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Өтініш"),
                self.tr("Тұтынушы"),
                self.tr("Түскен күні"),
                self.tr("Кімнен"),
                self.tr("Мәні"),
                self.tr("Кімге"),
                self.tr("Жауап мерзімі"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.term_label = QLabel()
        self.term_label.setObjectName("complaintTermNote")
        self.count_label = QLabel()
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("complaintAnswer")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumHeight(80)
        self.answer_edit.setPlaceholderText(self.tr("Берілген жауаптың мәні"))
        self.answered_edit = QDateEdit(QDate.currentDate())
        self.answered_edit.setObjectName("complaintAnswered")
        self.answered_edit.setCalendarPopup(True)
        self.answered_edit.setDisplayFormat("dd.MM.yyyy")
        self.answer_button = QPushButton(self.tr("&Жауапты тіркеу"))
        self.answer_button.setObjectName("answerComplaint")
        self.answer_button.setAutoDefault(True)
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr("Жауап берілмеген шағымдар, мерзімі өткендері басында (Регламенттің 18-тармағы)")
        )
        note.setWordWrap(True)
        self.term_label.setWordWrap(True)
        self.count_label.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.term_label)
        lay.addWidget(self.count_label)
        lay.addWidget(self.answer_edit)
        lay.addLayout(hbox(QLabel(self.tr("Жауап күні:")), self.answered_edit, STRETCH, self.answer_button))
        self.answer_button.clicked.connect(self.answer_selected)
        self.table.itemSelectionChanged.connect(self._on_selection)

    def reload(self) -> None:
        keep = self.selected()
        self.rows = complaints.open_board()
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            values = [
                c.number,
                c.applicant,
                c.received_on.strftime(_FMT),
                c.from_whom,
                c.subject,
                c.addressee,
                c.answer_due_at.strftime(_FMT) if c.answer_due_at else "—",
            ]
            for col, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c.late:
                    item.setBackground(QBrush(URGENCY_COLOURS["overdue"]))
                self.table.setItem(r, col, item)
            if keep is not None and c.complaint_id == keep.complaint_id:
                self.table.selectRow(r)
        late = sum(1 for c in self.rows if c.late)
        self.count_label.setText(
            self.tr("Жауапсыз: %1, оның ішінде мерзімі өткен: %2")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(late))
        )
        self._on_selection()

    def late_count(self) -> int:
        return sum(1 for c in self.rows if c.late)

    def selected(self) -> complaints.BoardRow | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[rows.pop()] if len(rows) == 1 and self.rows else None

    def _on_selection(self) -> None:
        row = self.selected()
        if row is None:
            self.term_label.setText("")
            self.term_label.setToolTip("")
            return
        label, tip = term_text(row.number)
        self.term_label.setText(label)
        self.term_label.setToolTip(tip)
        for col in range(self.table.columnCount()):
            item = self.table.item(self.table.currentRow(), col)
            if item is not None and col == 6:
                item.setToolTip(tip)

    def answer_selected(self):
        row = self.selected()
        if row is None:
            self.tab.show_message(self.tr("Алдымен кестеден шағымды таңдаңыз"))
            return None
        text = self.answer_edit.toPlainText()
        day = picked_date(self.answered_edit)
        out = self.tab.act(
            lambda user: complaints.answer(row.complaint_id, user, text, day),
            self.tr("Шағымға жауап тіркелді: %1").replace("%1", row.number),
        )
        if out is not None:
            self.answer_edit.clear()
            self.reload()
        return out
