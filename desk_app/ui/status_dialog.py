"""The status look-up of para 8 as a dialog: where an application is, who holds it, due dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import status, workflow
from desk_app.core.regulation import Service

from . import i18n
from .role_tab import role_title
from .screen_fit import resize_within_screen


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    date, _, time = iso.partition("T")
    y, m, d = date.split("-")
    return f"{d}.{m}.{y} {time[:5]}".strip()


def state_text(state: str) -> str:
    return {
        "closed": QCoreApplication.translate("StatusDialog", "жабылды"),
        "in_transit": QCoreApplication.translate("StatusDialog", "нәтиже Орталыққа жолда"),
        "to_body": QCoreApplication.translate("StatusDialog", "папка уәкілетті органға жолда"),
    }.get(state, state)


class StatusDialog(QDialog):
    """Built from `status.status_dict`; `look_up(number)` raises KenseError for an unknown number."""

    def __init__(
        self, info: dict[str, Any], parent: QWidget | None = None, service: Service | None = None
    ) -> None:
        super().__init__(parent)
        self.info = info
        lang = i18n.current()
        self.setWindowTitle(self.tr("Өтініштің жай-күйі: %1").replace("%1", info["number"]))
        resize_within_screen(self, 780, 640)  # seven steps without a scrollbar
        form = self._build_form(info, service, lang)
        self._build_steps(info, service, lang)
        self._build_moves(info, lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Жабу"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Қадамдар")))
        lay.addWidget(self.steps, 2)
        lay.addWidget(QLabel(self.tr("Құжаттардың қозғалысы")))
        lay.addWidget(self.moves, 1)
        lay.addWidget(buttons)

    def _build_form(self, info: dict[str, Any], service: Service | None, lang: str) -> QFormLayout:
        """Where the application is, whose it is, its dates and its result."""
        form = QFormLayout()
        a = info["applicant"]
        holder = next((s for s in reversed(info["steps"]) if not s["completed_at"]), None)
        where = (
            role_title(holder["role"]) + (f" ({holder['user_name']})" if holder["user_name"] else "")
            if holder
            else state_text(info["state"])
        )
        form.addRow(self.tr("Нөмір:"), QLabel(info["number"]))
        svc_text = f"{info['service']}. {service.name.get(lang)}" if service else str(info["service"])
        svc_label = QLabel(svc_text)
        svc_label.setWordWrap(True)
        form.addRow(self.tr("Қызмет:"), svc_label)
        channel = {"center": self.tr("Орталық арқылы"), "direct": self.tr("уәкілетті органға тікелей")}
        form.addRow(self.tr("Арна:"), QLabel(channel.get(info["channel"], info["channel"])))
        form.addRow(
            self.tr("Тұтынушы:"),
            QLabel(f"{a['surname']} {a['name']} {a['patronymic'] or ''} · {a['iin']}".strip()),
        )
        form.addRow(self.tr("Өтініш берілген күні:"), QLabel(_when(info["submitted_at"])))
        form.addRow(self.tr("Қызмет мерзімі:"), QLabel(_when(info["term_due_at"])))
        # the date the applicant was given on the talon or receipt, and rule 2's verdict
        form.addRow(
            self.tr("Нәтиже берілетін күн:"),
            QLabel(_when(info.get("result_due_at") or info["term_due_at"])[:10]),
        )
        overdue = QLabel(self.tr("иә") if info.get("overdue") else self.tr("жоқ"))
        overdue.setObjectName("overdueLabel")
        form.addRow(self.tr("Мерзімі өтті:"), overdue)
        self.where_label = QLabel(where)
        self.where_label.setObjectName("whereLabel")
        form.addRow(self.tr("Қазір кімде:"), self.where_label)
        if holder:
            form.addRow(self.tr("Қадамның мерзімі:"), QLabel(_when(holder["due_at"])))
        # result names: the regulation's table, of the wording of the submission day
        day = dt.date.fromisoformat(info["submitted_at"][:10]) if info.get("submitted_at") else None
        result = workflow.regulations().name("results", info["result"], lang, day) if info["result"] else "—"
        form.addRow(self.tr("Нәтиже:"), QLabel(result))
        return form

    def _build_steps(self, info: dict[str, Any], service: Service | None, lang: str) -> None:
        self.steps = QTableWidget(len(info["steps"]), 6)
        self.steps.setObjectName("stepsTable")
        self.steps.setHorizontalHeaderLabels(
            [
                self.tr("Қадам"),
                self.tr("Рөл"),
                self.tr("Қызметкер"),
                self.tr("Басталды"),
                self.tr("Мерзімі"),
                self.tr("Аяқталды"),
            ]
        )
        for i, s in enumerate(info["steps"]):
            role = role_title(s["role"])
            action = ""
            if service is not None:
                try:
                    action = service.step(s["no"]).action.get(lang)
                except KeyError:
                    action = ""
            for j, v in enumerate(
                (
                    str(s["no"]),
                    role,
                    s["user_name"] or "—",
                    _when(s["started_at"]),
                    _when(s["due_at"]),
                    _when(s["completed_at"]),
                )
            ):
                item = QTableWidgetItem(v)
                if action:
                    item.setToolTip(action)
                self.steps.setItem(i, j, item)
        self._fit(self.steps, stretch=1)
        self.steps.verticalHeader().hide()

    def _build_moves(self, info: dict[str, Any], lang: str) -> None:
        self.moves = QTableWidget(len(info["movements"]), 3)
        self.moves.setObjectName("movementsTable")
        self.moves.setHorizontalHeaderLabels([self.tr("Уақыты"), self.tr("Қозғалыс"), self.tr("Кім")])
        day = dt.date.fromisoformat(info["submitted_at"][:10]) if info.get("submitted_at") else None
        for i, m in enumerate(info["movements"]):
            kind = workflow.regulations().name("movements", m["kind"], lang, day)
            for j, v in enumerate((_when(m["at"]), kind, m["by_name"] or "—")):
                self.moves.setItem(i, j, QTableWidgetItem(v))
        self._fit(self.moves, stretch=1)

    @staticmethod
    def _fit(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def look_up(number: str, parent: QWidget | None = None) -> StatusDialog:
    """The dialog for an application number (typed or scanned); not yet shown."""
    app = workflow.get_application(number)
    return StatusDialog(status.status_dict(app), parent, workflow.service_of(app))
