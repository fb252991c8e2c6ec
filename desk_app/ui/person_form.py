"""The personal registration card's fields (Designer form `forms/person_form.ui`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget

from desk_app.core import iin as iin_mod
from desk_app.core.cards import CAUSES, PERIOD_KINDS, ZONES, Card
from desk_app.core.errors import KenseError

from .generated.ui_person_form import Ui_PersonForm

# Which optional groups a service needs (the others stay hidden to keep intake short).
SERVICE_GROUPS = {
    1: ("groupUnemployed",),
    2: ("groupNuclear",),
    3: ("groupDisability",),
    4: ("groupDisability",),
}
OPTIONAL_GROUPS = ("groupUnemployed", "groupDisability", "groupNuclear")


def _set_combo(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(max(i, 0))


class WholeFieldTab(QObject):
    """Tab leaves a date field in one stop instead of walking its day, month and year.

    The digits are typed straight (21031984 → 21.03.1984, each section advancing by
    itself), so the sections need no Tab stops of their own.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() == Qt.Key.Key_Backtab or (
            event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            step = QWidget.previousInFocusChain
        elif event.key() == Qt.Key.Key_Tab and not event.modifiers():
            step = QWidget.nextInFocusChain
        else:
            return False
        w = step(obj)
        while (
            w is not None
            and w is not obj
            and not (
                w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.isEnabled()
                and w.isVisible()
                and w.focusProxy() is None
                and not obj.isAncestorOf(w)
            )
        ):
            w = step(w)
        if w is not None:
            w.setFocus(Qt.FocusReason.TabFocusReason)
        return True


class PersonForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self)
        u = self.ui
        u.sexCombo.addItem(self.tr("Ер"), "M")
        u.sexCombo.addItem(self.tr("Әйел"), "F")
        u.disabilityGroupCombo.addItem("—", None)
        for g in (1, 2, 3):
            u.disabilityGroupCombo.addItem(self.tr("%n-топ", "", g), g)
        cause_names = {
            "": "—",
            "general": self.tr("Жалпы ауру"),
            "work_injury": self.tr("Еңбек жарақаты"),
            "occupational": self.tr("Кәсіптік ауру"),
        }
        for c in CAUSES:
            u.disabilityCauseCombo.addItem(cause_names[c], c)
        self.kind_names = {
            "resided": self.tr("тұрған"),
            "worked": self.tr("жұмыс істеген"),
            "served": self.tr("қызмет өткерген"),
        }
        self.zone_names = {
            "extreme": self.tr("төтенше"),
            "maximal": self.tr("ең жоғары"),
            "increased": self.tr("жоғары"),
            "minimal": self.tr("ең төмен"),
            "preferential": self.tr("жеңілдікті"),
        }
        u.birthDateEdit.setDate(QDate(1980, 1, 1))
        self._whole_tab = WholeFieldTab(self)
        u.birthDateEdit.installEventFilter(self._whole_tab)
        u.iinEdit.textChanged.connect(self._prefill_from_iin)
        u.addPeriodButton.clicked.connect(self.add_period_row)
        u.removePeriodButton.clicked.connect(self._remove_period_row)
        u.periodsTable.horizontalHeader().setStretchLastSection(True)
        self.show_groups(None)

    # -- layout
    def show_groups(self, service: int | None) -> None:
        """Show the fields of `service` (all of them when None)."""
        wanted = OPTIONAL_GROUPS if service is None else SERVICE_GROUPS.get(service, ())
        for g in OPTIONAL_GROUPS:
            getattr(self.ui, g).setVisible(g in wanted)

    def set_iin_editable(self, editable: bool) -> None:
        self.ui.iinEdit.setReadOnly(not editable)
        self.ui.birthDateEdit.setEnabled(editable)
        self.ui.sexCombo.setEnabled(editable)

    def _prefill_from_iin(self, text: str) -> None:
        if len(text.strip()) != 12:
            return
        try:
            info = iin_mod.parse(text)
        except KenseError:
            return
        self.ui.birthDateEdit.setDate(QDate(info.birth_date.year, info.birth_date.month, info.birth_date.day))
        _set_combo(self.ui.sexCombo, info.sex)

    # -- nuclear periods
    def add_period_row(self, values: dict[str, Any] | None = None) -> None:
        values = values if isinstance(values, dict) else {}
        t = self.ui.periodsTable
        row = t.rowCount()
        t.insertRow(row)
        kind = QComboBox()
        for k in PERIOD_KINDS:
            kind.addItem(self.kind_names[k], k)
        _set_combo(kind, values.get("kind", "resided"))
        zone = QComboBox()
        for z in ZONES:
            zone.addItem(self.zone_names[z], z)
        _set_combo(zone, values.get("zone", "maximal"))
        t.setCellWidget(row, 0, kind)
        t.setCellWidget(row, 1, zone)
        for col, key in ((2, "place"), (3, "date_from"), (4, "date_to")):
            v = values.get(key)
            t.setItem(row, col, QTableWidgetItem("" if v is None else str(v)))

    def _remove_period_row(self) -> None:
        t = self.ui.periodsTable
        if t.currentRow() >= 0:
            t.removeRow(t.currentRow())

    def periods(self) -> list[dict[str, Any]]:
        t = self.ui.periodsTable
        out = []
        for r in range(t.rowCount()):
            cells = [(t.item(r, c).text().strip() if t.item(r, c) else "") for c in (2, 3, 4)]
            out.append(
                {
                    "kind": t.cellWidget(r, 0).currentData(),
                    "zone": t.cellWidget(r, 1).currentData(),
                    "place": cells[0],
                    "date_from": cells[1] or None,
                    "date_to": cells[2] or None,
                }
            )
        return out

    # -- values
    def data(self) -> dict[str, Any]:
        u = self.ui
        d = u.birthDateEdit.date()
        return {
            "iin": u.iinEdit.text().strip(),
            "surname": u.surnameEdit.text(),
            "name": u.nameEdit.text(),
            "patronymic": u.patronymicEdit.text(),
            "birth_date": dt.date(d.year(), d.month(), d.day()),
            "sex": u.sexCombo.currentData(),
            "address": u.addressEdit.text(),
            "phone": u.phoneEdit.text(),
            "education": u.educationEdit.text(),
            "profession": u.professionEdit.text(),
            "last_employment": u.lastEmploymentEdit.text(),
            "disability_group": u.disabilityGroupCombo.currentData(),
            "disability_cause": u.disabilityCauseCombo.currentData() or "",
            "employer": u.employerEdit.text(),
            "rehab_items": u.rehabItemsEdit.toPlainText(),
            "contraindications": u.contraindicationsEdit.toPlainText(),
            "compensation_paid_on": u.compensationPaidEdit.text().strip() or None,
            "nuclear_periods": self.periods(),
        }

    def clear(self) -> None:
        u = self.ui
        for e in (
            u.iinEdit,
            u.surnameEdit,
            u.nameEdit,
            u.patronymicEdit,
            u.addressEdit,
            u.phoneEdit,
            u.educationEdit,
            u.professionEdit,
            u.lastEmploymentEdit,
            u.employerEdit,
            u.compensationPaidEdit,
        ):
            e.clear()
        u.rehabItemsEdit.clear()
        u.contraindicationsEdit.clear()
        u.disabilityGroupCombo.setCurrentIndex(0)
        u.disabilityCauseCombo.setCurrentIndex(0)
        u.periodsTable.setRowCount(0)
        self.set_iin_editable(True)

    def set_person(self, p: Card) -> None:
        self.clear()
        u = self.ui
        u.iinEdit.setText(p.iin)
        u.surnameEdit.setText(p.surname)
        u.nameEdit.setText(p.name)
        u.patronymicEdit.setText(p.patronymic)
        u.birthDateEdit.setDate(QDate(p.birth_date.year, p.birth_date.month, p.birth_date.day))
        _set_combo(u.sexCombo, p.sex)
        u.addressEdit.setText(p.address)
        u.phoneEdit.setText(p.phone)
        u.educationEdit.setText(p.education)
        u.professionEdit.setText(p.profession)
        u.lastEmploymentEdit.setText(p.last_employment)
        _set_combo(u.disabilityGroupCombo, p.disability_group)
        _set_combo(u.disabilityCauseCombo, p.disability_cause)
        u.employerEdit.setText(p.employer)
        u.rehabItemsEdit.setPlainText(p.rehab_items)
        u.contraindicationsEdit.setPlainText(p.contraindications)
        u.compensationPaidEdit.setText(p.compensation_paid_on.isoformat() if p.compensation_paid_on else "")
        for period in p.periods:
            self.add_period_row(period)
        self.set_iin_editable(False)
