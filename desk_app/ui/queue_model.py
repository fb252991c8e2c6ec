"""A paged table model over `core.queues`: 100,000 rows open at once, fetched as they scroll."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.core import queues, workload
from desk_app.core.clock import now
from desk_app.core.overrides import regulations

PAGE = 200
URGENCY_COLOURS = {"on_time": None, "due_soon": QColor("#fff3c4"), "overdue": QColor("#f8d0d0")}
Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=16)
def _service_names(lang: str) -> dict[int, str]:
    wording = regulations().in_force(now().date())
    return {no: svc.name.get(lang) for no, svc in wording.services.items()}


def service_name(no: int) -> str:
    from . import i18n

    return _service_names(i18n.current()).get(no, str(no))


def format_left(left: dt.timedelta | None) -> str:
    if left is None:
        return "—"
    sign = "-" if left.total_seconds() < 0 else ""
    s = abs(int(left.total_seconds()))
    d, rem = divmod(s, 86400)
    h, m = rem // 3600, (rem % 3600) // 60
    if not d:
        return f"{sign}{h:02d}:{m:02d}"
    days = QCoreApplication.translate("QueueModel", "%1 күн").replace("%1", str(d))
    return f"{sign}{days} {h:02d}:{m:02d}"


class PagedRowsModel(QAbstractTableModel):
    """The table plumbing shared by the paged models: rows in `_rows`, titles in `headers`."""

    headers: list[str]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        return r if role == Qt.ItemDataRole.UserRole else self.cell(r, index.column(), role)

    def cell(self, r: Any, col: int, role: int) -> Any:
        """What row `r` shows in column `col` for `role` (the UserRole is the row itself)."""
        raise NotImplementedError


class QueueModel(PagedRowsModel):
    """Rows of one role's queue; sorting and filtering are done by the database."""

    COL_NUMBER, COL_SERVICE, COL_APPLICANT, COL_STEP, COL_DUE, COL_LEFT = range(6)
    COL_EXECUTOR = 6  # only with `show_executor()` (the head's reassignment list)
    SORT_KEYS = {
        COL_NUMBER: "number",
        COL_SERVICE: "service",
        COL_APPLICANT: "applicant",
        COL_STEP: "started",
        COL_DUE: "due",
        COL_LEFT: "due",
    }

    def __init__(self, role: str, parent=None) -> None:
        super().__init__(parent)
        self.role = role
        self.service: int | None = None
        self.text = ""
        self.executor_id: int | None = None
        self.step_kind: str | None = None
        self.sort_key = "due"
        self.descending = False
        self._rows: list[queues.QueueRow] = []
        self._queue = queues.Queue(role)
        self._loaded = False  # nothing read until the tab first shows or refreshes
        self._total = 0
        self._now = now()
        self.headers = [
            self.tr("Нөмір"),
            self.tr("Қызмет"),
            self.tr("Тұтынушы"),
            self.tr("Қадам"),
            self.tr("Мерзімі"),
            self.tr("Қалған уақыт"),
        ]

    def show_executor(self) -> None:
        """Add an executor column (who holds each application)."""
        self.headers = [*self.headers[:6], self.tr("Орындаушы")]
        self._executor_names: dict[int, str] = {}

    # -- data loading
    def reload(self) -> None:
        if len(self.headers) > self.COL_EXECUTOR:
            self._executor_names = workload.short_names()
        self._loaded = True
        self.beginResetModel()
        self._now = now()
        self._queue = queues.Queue(
            self.role,
            self.service,
            self.text,
            self.sort_key,
            self.descending,
            self.executor_id,
            self.step_kind,
        )
        self._total = self._queue.count()
        self._rows = self._queue.page(0, PAGE)
        self.endResetModel()

    def set_filter(self, service: int | None = None, text: str = "") -> None:
        self.service, self.text = service, text
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and (len(self._rows) < self._total or self._queue.capped)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._queue.page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            self._queue.capped = False  # now the count is exact
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.SORT_KEYS.get(column, "due")
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # while the view is being built, only remember the order
            self.reload()

    # -- model interface
    def total(self) -> int:
        return self._total

    def total_is_lower_bound(self) -> bool:
        """True while a filtered count stopped at its cap (show "2000+")."""
        return self._queue.capped

    def row_at(self, row: int) -> queues.QueueRow:
        return self._rows[row]

    def cell(self, r: queues.QueueRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NUMBER:
                return r.number
            if col == self.COL_SERVICE:
                return str(r.service)
            if col == self.COL_APPLICANT:
                return r.applicant
            if col == self.COL_STEP:
                return "—" if r.step_no is None else str(r.step_no)
            if col == self.COL_DUE:
                return r.due_at.strftime("%d.%m.%Y %H:%M") if r.due_at else "—"
            if col == self.COL_LEFT:
                return format_left(r.time_left(self._now))
            if col == self.COL_EXECUTOR:
                return self._executor_names.get(r.executor_id, "—") if r.executor_id else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_SERVICE:
                return service_name(r.service)
            if col == self.COL_APPLICANT:
                return f"{r.applicant}\n{r.iin}"
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = URGENCY_COLOURS[r.urgency(self._now)]
            return QBrush(colour) if colour else None
        return None
