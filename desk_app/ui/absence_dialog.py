"""Record an absence (leave, sick leave, business trip), name the acting head, and hand an
absent executor's open applications over in one batch (issue 16.3). The rules are
`core.absence`'s: the dialog only gathers and shows."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import absence, workflow, workload
from desk_app.core.clock import now
from desk_app.core.errors import KenseError
from desk_app.core.workflow import read_user

from . import notify
from .dates import picked_date
from .notify import current_lang
from .session import User

_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    """The widget with its object name (the tests find it by name)."""
    widget.setObjectName(name)
    return widget


class AbsenceDialog(QDialog):
    def __init__(self, by: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = by
        self.setWindowTitle(self.tr("Жұмыста жоқтар"))
        self.setObjectName("absenceDialog")
        lang = current_lang()
        self.people = workload.staff()
        self.who = _named(QComboBox(), "absentUser")
        for u in self.people:
            self.who.addItem(u.full_name, u.id)
        today = QDate.currentDate()
        self.date_from = _named(QDateEdit(today), "absentFrom")
        self.date_to = _named(QDateEdit(today.addDays(13)), "absentTo")
        for e in (self.date_from, self.date_to):
            e.setDisplayFormat("dd.MM.yyyy")
            e.setCalendarPopup(True)
        self.reason = _named(QComboBox(), "absentReason")
        for code, (kk, ru) in absence.REASONS.items():
            self.reason.addItem(ru if lang == "ru" else kk, code)
        self.acting = _named(QComboBox(), "actingHead")
        self.acting.addItem("—", None)
        for u in self.people:
            self.acting.addItem(u.full_name, u.id)
        self.who.currentIndexChanged.connect(self._who_changed)
        form = QFormLayout()
        form.addRow(self.tr("Қызметкер:"), self.who)
        form.addRow(self.tr("Басталуы:"), self.date_from)
        form.addRow(self.tr("Аяқталуы:"), self.date_to)
        form.addRow(self.tr("Себебі:"), self.reason)
        form.addRow(self.tr("Басшының м.а.:"), self.acting)
        self.save_button = _named(QPushButton(self.tr("&Тіркеу")), "saveAbsence")
        self.save_button.clicked.connect(self.save)
        self.message = _named(QLabel(""), "absenceMessage")
        self.message.setWordWrap(True)

        self.work = _named(QTableWidget(0, 3), "openWork")
        self.work.setHorizontalHeaderLabels([self.tr("Нөмір"), self.tr("Қызмет"), self.tr("Жаңа орындаушы")])
        self.work.horizontalHeader().setStretchLastSection(True)
        self.all_to = _named(QComboBox(), "allTo")
        self.reassign_button = _named(QPushButton(self.tr("&Басқа орындаушыға беру")), "reassignAll")
        self.reassign_button.clicked.connect(self.reassign)
        self.all_to.currentIndexChanged.connect(self._all_to_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Барлығын:")))
        row.addWidget(self.all_to, 1)
        row.addWidget(self.reassign_button)
        self.away = _named(QLabel(""), "awayToday")
        self.away.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.message)
        lay.addWidget(QLabel(self.tr("Жоқ қызметкердің ашық өтініштері:")))
        lay.addWidget(self.work, 1)
        lay.addLayout(row)
        lay.addWidget(self.away)
        lay.addWidget(buttons)
        self._who_changed()
        self._show_away()

    def chosen(self) -> workload.Member:
        uid = self.who.currentData()
        return next(u for u in self.people if u.id == uid)

    def _executors(self) -> list[workload.Staff]:
        return [u for u in workload.executors() if u.id != self.who.currentData()]

    def _who_changed(self) -> None:
        user = self.chosen() if self.who.count() else None
        self.acting.setEnabled(bool(user and user.has_role("head")))
        if not self.acting.isEnabled():
            self.acting.setCurrentIndex(0)
        self._fill_work(user)

    def _fill_work(self, user: workload.Member | None) -> None:
        apps = workload.open_work(user.id) if user and user.has_role("executor") else []
        execs = self._executors()
        self.all_to.blockSignals(True)
        self.all_to.clear()
        for u in execs:
            self.all_to.addItem(u.full_name, u.id)
        self.all_to.blockSignals(False)
        self.work.setRowCount(len(apps))
        for r, (number, service) in enumerate(apps):
            self.work.setItem(r, 0, QTableWidgetItem(number))
            self.work.setItem(r, 1, QTableWidgetItem(str(service)))
            combo = QComboBox()
            for u in execs:
                combo.addItem(u.full_name, u.id)
            self.work.setCellWidget(r, 2, combo)
        self.reassign_button.setEnabled(bool(apps and execs))

    def _all_to_changed(self, index: int) -> None:
        for r in range(self.work.rowCount()):
            self._row_combo(r).setCurrentIndex(index)

    def _row_combo(self, row: int) -> QComboBox:
        """The new-executor choice of an open application's row."""
        combo = self.work.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)  # every row gets one in _who_changed
        return combo

    def _show_away(self) -> None:
        away = absence.away_on(now().date())
        names = ", ".join(f"{a.name} ({a.date_to:%d.%m})" for a in away) or "—"
        self.away.setText(self.tr("Бүгін жоқ: %1").replace("%1", names))

    def save(self) -> bool:
        acting_id = self.acting.currentData()
        try:
            absence.record(
                read_user(self.chosen().id),
                picked_date(self.date_from),
                picked_date(self.date_to),
                self.reason.currentData(),
                self.by,
                acting=read_user(acting_id) if acting_id else None,
            )
        except KenseError as e:
            self.message.setText(notify.error_text(e))
            return False
        self.message.setText(self.tr("Тіркелді"))
        self._show_away()
        return True

    def reassign(self) -> tuple[int, int]:
        to = {}
        for r in range(self.work.rowCount()):
            number = self.work.item(r, 0)
            assert number is not None  # set with the row in _who_changed
            to[number.text()] = self._row_combo(r).currentData()
        by = self.by.id
        # the one batch helper: a refused application does not stop the others
        result = notify.run_batch(list(to), lambda number: workflow.reassign(number, by, to[number]))
        self.message.setText(result.report(lambda n: self.tr("Берілді: %1").replace("%1", str(n))))
        self._fill_work(self.chosen())
        return len(result.done), len(result.refused)
