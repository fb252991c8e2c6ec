"""The head's overdue board: open applications past their term or step due, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desk_app.core import workload
from desk_app.core.clock import now

from .queue_model import PAGE, URGENCY_COLOURS, PagedRowsModel, format_left

Index = QModelIndex | QPersistentModelIndex


class OverdueModel(PagedRowsModel):
    COL_NUMBER, COL_SERVICE, COL_APPLICANT, COL_STEP, COL_EXECUTOR, COL_TERM, COL_LATE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[workload.OverdueRow] = []
        self._read = 0  # query rows read so far (the board keeps only those that are late)
        self._more = False
        self._now = now()
        self._logins: dict[int, str] = {}
        self.headers = [
            self.tr("Нөмір"),
            self.tr("Қызмет"),
            self.tr("Тұтынушы"),
            self.tr("Қадам"),
            self.tr("Орындаушы"),
            self.tr("Қадам мерзімі"),
            self.tr("Кешігу"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self._now = now()
        self._logins = workload.short_names()
        self._rows, self._read = workload.overdue_page(workload.overdue_query(self._now), 0, PAGE, self._now)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more, used = workload.overdue_page(workload.overdue_query(self._now), self._read, PAGE, self._now)
        self._read += used
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> workload.OverdueRow:
        return self._rows[row]

    def cell(self, r: workload.OverdueRow, col: int, role: int) -> Any:
        # The step's due time is what the head chases; late counts from the earlier of the
        # step's due time and the promised term, the order of the board.
        late_from = min(t for t in (r.term_due_at, r.step_due_at) if t is not None)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TERM:
            return self.tr("Қызмет мерзімі: %1").replace("%1", r.term_due_at.strftime("%d.%m.%Y %H:%M"))
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_NUMBER: r.number,
                self.COL_SERVICE: str(r.service),
                self.COL_APPLICANT: r.applicant,
                self.COL_STEP: "—" if r.step_no is None else str(r.step_no),
                self.COL_EXECUTOR: self._logins.get(r.executor_id or 0, "—"),
                self.COL_TERM: (r.step_due_at or r.term_due_at).strftime("%d.%m.%Y %H:%M"),
                self.COL_LATE: format_left(self._now - late_from),
            }.get(col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(URGENCY_COLOURS["overdue"])
        return None
