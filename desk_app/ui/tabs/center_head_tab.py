"""The Center head's board (R2-R4 p.17): read-only. Center-channel applications late or at
risk, folders in transit past the dispatch step's limit, and results waiting for issue.

The tab has no action: no button, no editable cell, no transition is reachable from it
(the head of the Center answers for the term, the Center's staff act on their own tabs).
A scan while it is in front is the status look-up, as on any tab that takes no scans.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import center_board

from ..queue_model import URGENCY_COLOURS, format_left
from ..role_tab import RoleTab
from ..session import Session

_FMT = "%d.%m.%Y %H:%M"
REFRESH_MS = 60_000


def _t(value: dt.datetime | None) -> str:
    return value.strftime(_FMT) if value else "—"


class CenterHeadTab(RoleTab):
    role = "center_head"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.board: center_board.Board | None = None
        self._build_tables()
        self.summary = QLabel()
        self.summary.setObjectName("centerBoardSummary")
        self._build_pages()
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Орталықтың басшысы мемлекеттік қызмет көрсету мерзіміне "
                "жауап береді (17-тармақ). Бұл бет тек қарауға арналған."
            )
        )
        note.setWordWrap(True)
        self.summary.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.summary)
        # Other desks move the folders: a board on the wall reloads itself while shown.
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _build_tables(self) -> None:
        self.late_table = self._table(
            "centerLate",
            [
                self.tr("Нөмір"),
                self.tr("Қызмет"),
                self.tr("Тұтынушы"),
                self.tr("Қадам"),
                self.tr("Өтініш берілген күні"),
                self.tr("Мерзімі"),
                self.tr("Жағдайы"),
            ],
        )
        self.transit_table = self._table(
            "centerTransit",
            [
                self.tr("Нөмір"),
                self.tr("Қызмет"),
                self.tr("Тұтынушы"),
                self.tr("Жіберілді"),
                self.tr("2-қадамның мерзімі"),
                self.tr("Кешігу"),
            ],
        )
        self.issue_table = self._table(
            "centerAwaitingIssue",
            [
                self.tr("Нөмір"),
                self.tr("Қызмет"),
                self.tr("Тұтынушы"),
                self.tr("Қайда"),
                self.tr("Бастап"),
                self.tr("Мерзімі"),
            ],
        )

    def _build_pages(self) -> None:
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for table, title, note in (
            (
                self.late_table,
                self.tr("Мерзімі өткен не өтуге жақын"),
                self.tr(
                    "Орталық арқылы берілген өтініштер: мерзімі өткен немесе мерзімнің "
                    "соңғы төрттен бірінде (мерзімге кірмейтін қадамдар есептелмейді)"
                ),
            ),
            (
                self.transit_table,
                self.tr("Жолдағы құжаттар"),
                self.tr(
                    "Уәкілетті органға жіберілген, бірақ 2-қадамның мерзімі өткенше "
                    "келіп түскені белгіленбеген құжаттар"
                ),
            ),
            (
                self.issue_table,
                self.tr("Берілуін күтетін нәтижелер"),
                self.tr("Орталыққа жолдағы немесе Орталықта берілуін күтетін нәтижелер"),
            ),
        ):
            page = QWidget()
            lay = QVBoxLayout(page)
            label = QLabel(note)
            label.setWordWrap(True)
            lay.addWidget(label)
            lay.addWidget(table, 1)
            self.pages.addTab(page, title)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setObjectName(name)
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().hide()
        # every column as wide as its header or values, the applicant's name taking the rest
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return t

    def refresh(self) -> None:
        if self.acting_user() is None:
            for t in (self.late_table, self.transit_table, self.issue_table):
                t.setRowCount(0)
            self.summary.setText("")
            return
        b = self.board = center_board.board()
        status = {
            center_board.LATE: self.tr("мерзімі өтті"),
            center_board.AT_RISK: self.tr("мерзімі өтуге жақын"),
            center_board.RESULT_TRAVELLING: self.tr("Орталыққа жолда"),
            center_board.AT_CENTER: self.tr("Орталықта, берілмеген"),
        }
        rows = b.late + b.at_risk
        self._fill(
            self.late_table,
            [
                (
                    [
                        r.number,
                        str(r.service),
                        r.applicant,
                        "—" if r.step_no is None else str(r.step_no),
                        _t(r.submitted_at),
                        _t(r.term_due_at),
                        status[r.status],
                    ],
                    URGENCY_COLOURS["overdue" if r.status == center_board.LATE else "due_soon"],
                )
                for r in rows
            ],
        )
        self._fill(
            self.transit_table,
            [
                (
                    [
                        r.number,
                        str(r.service),
                        r.applicant,
                        _t(r.since),
                        _t(r.due),
                        format_left(b.at - r.due) if r.due else "—",
                    ],
                    URGENCY_COLOURS["overdue"],
                )
                for r in b.in_transit
            ],
        )
        self._fill(
            self.issue_table,
            [
                (
                    [r.number, str(r.service), r.applicant, status[r.status], _t(r.since), _t(r.term_due_at)],
                    None,
                )
                for r in b.awaiting_issue
            ],
        )
        self.summary.setText(
            self.tr("Мерзімі өткен: %1, өтуге жақын: %2, жолда кешіккен: %3, берілуін күтетін: %4")
            .replace("%1", str(len(b.late)))
            .replace("%2", str(len(b.at_risk)))
            .replace("%3", str(len(b.in_transit)))
            .replace("%4", str(len(b.awaiting_issue)))
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list) -> None:
        table.setRowCount(len(rows))
        for r, (values, colour) in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                table.setItem(r, c, item)
