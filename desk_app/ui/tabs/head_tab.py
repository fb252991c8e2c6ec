"""Head: assign executors (seeing each one's load), reassign, sign or return results one by
one or as a batch, and the overdue board — the head answers for the term (para 17)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import absence, actions, workflow, workload
from desk_app.core.clock import now

from .. import i18n, notify
from ..absence_dialog import AbsenceDialog
from ..complaints_board import ComplaintsBoard
from ..doc_preview import DocPreview
from ..export_dialog import ExportDialog
from ..head_charts import HeadCharts
from ..overdue_model import OverdueModel
from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class HeadTab(RoleTab):
    role = "head"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._build_queue_page(), self.tr("Ке&зек"))
        self.pages.addTab(self._build_executors_page(), self.tr("Орындаушы&ларда"))
        self.pages.addTab(self._build_overdue_page(), self.tr("&Мерзімі өткен"))
        self.complaints = ComplaintsBoard(self)  # R1-R4 p.18: open and late complaints
        self.pages.addTab(self.complaints, self.tr("Ша&ғымдар"))
        self.charts = HeadCharts(self._look_up)  # drawn when its page is opened
        self.pages.addTab(self.charts, self.tr("&Диаграммалар"))
        self.pages.currentChanged.connect(self._page_changed)
        QVBoxLayout(self).addWidget(self.pages)
        self._connect()
        self._enable_actions()

    # -- building
    def _build_queue_widgets(self) -> None:
        """My queue's widgets: assignment (step 4) and signature (step 6)."""
        self.queue = QueueView(self.role)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("stepFilter")
        self.step_filter.addItem(self.tr("Барлық қадамдар"), None)
        self.step_filter.addItem(self.tr("Тағайындау"), "assign")
        self.step_filter.addItem(self.tr("Қол қою"), "sign")
        self.preview = DocPreview()
        self.executor_combo = QComboBox()
        self.executor_combo.setObjectName("executorCombo")
        self.assign_button = QPushButton(self.tr("Тағайында&у"))
        self.assign_button.setObjectName("assign")
        self.sign_button = QPushButton(self.tr("&Қол қою"))
        self.sign_button.setObjectName("sign")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("returnNote")
        self.note_edit.setPlaceholderText(self.tr("Қайтару себебі"))
        self.return_button = QPushButton(self.tr("&Пысықтауға қайтару"))
        self.return_button.setObjectName("returnForRework")
        self.loads = QTableWidget(0, 2)
        self.loads.setObjectName("executorLoads")
        self.loads.setHorizontalHeaderLabels([self.tr("Орындаушы"), self.tr("Ашық өтініштер")])
        self.loads.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loads.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.loads.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.loads.verticalHeader().hide()
        self.loads.setMaximumWidth(260)
        self.report_button = QPushButton(self.tr("&Айлық есеп"))
        self.report_button.setObjectName("monthlyReport")
        self.step_label = QLabel()
        self.step_label.setObjectName("stepInfo")

    def _build_queue_page(self) -> QWidget:
        self._build_queue_widgets()
        mine = QWidget()
        lay = QVBoxLayout(mine)
        filters = QHBoxLayout()
        filters.addWidget(_buddy(self.tr("Қадам:"), self.step_filter))
        filters.addWidget(self.step_filter)
        filters.addStretch(1)
        lay.addLayout(filters)
        top = QHBoxLayout()
        # The head reads the prepared document beside the list before signing it.
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.queue)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        top.addWidget(split, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Орындаушылардың жүктемесі")))
        side.addWidget(self.loads, 1)
        side.addWidget(self.report_button)
        top.addLayout(side)
        lay.addLayout(top, 1)
        lay.addWidget(self.step_label)
        row = QHBoxLayout()
        row.addWidget(_buddy(self.tr("&Орындаушы:"), self.executor_combo))
        row.addWidget(self.executor_combo, 1)
        row.addWidget(self.assign_button)
        row.addSpacing(24)
        row.addWidget(self.sign_button)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(_buddy(self.tr("&Ескерту:"), self.note_edit))
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.return_button)
        lay.addLayout(row)
        return mine

    def _build_executors_page(self) -> QWidget:
        """Applications with executors: reassignment, and who is away (absence.py)."""
        self.at_executors = QueueView("executor")
        self.at_executors.model.show_executor()
        self.reassign_combo = QComboBox()
        self.reassign_combo.setObjectName("reassignCombo")
        self.reassign_button = QPushButton(self.tr("Басқа орындаушыға &беру"))
        self.reassign_button.setObjectName("reassign")
        others = QWidget()
        lay = QVBoxLayout(others)
        lay.addWidget(self.at_executors, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Жаңа орындаушы:")))
        row.addWidget(self.reassign_combo, 1)
        row.addWidget(self.reassign_button)
        lay.addLayout(row)
        # who is away, the acting head, an absent executor's work handed over
        self.absence_button = QPushButton(self.tr("Жұмыста жоқтар…"))
        self.absence_button.setObjectName("absences")
        self.absence_button.clicked.connect(self.open_absences)
        lay.addWidget(self.absence_button, 0, Qt.AlignmentFlag.AlignRight)
        return others

    def _build_overdue_page(self) -> QWidget:
        self.overdue = OverdueModel(self)
        self.overdue_view = QTableView()
        self.overdue_view.setObjectName("overdueBoard")
        self.overdue_view.setModel(self.overdue)
        self.overdue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue_view.horizontalHeader().setSectionResizeMode(
            OverdueModel.COL_APPLICANT, QHeaderView.ResizeMode.Stretch
        )
        self.overdue_view.verticalHeader().hide()
        self.overdue_count = QLabel()
        board = QWidget()
        lay = QVBoxLayout(board)
        lay.addWidget(
            QLabel(
                self.tr("Мерзімі өткен өтініштер, ең ескісі басында (басшы мерзімге жауап береді, 17-тармақ)")
            )
        )
        lay.addWidget(self.overdue_view, 1)
        lay.addWidget(self.overdue_count)
        return board

    def _connect(self) -> None:
        for b in (
            self.assign_button,
            self.sign_button,
            self.return_button,
            self.reassign_button,
            self.report_button,
        ):
            b.setAutoDefault(True)
        self.step_filter.currentIndexChanged.connect(self._step_filter_changed)
        self.assign_button.clicked.connect(self.assign_selected)
        self.sign_button.clicked.connect(self.sign_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.note_edit.returnPressed.connect(self.return_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.report_button.clicked.connect(self.open_monthly_report)
        self.queue.selection_changed.connect(self._show_step)
        self.queue.selection_changed.connect(self._enable_actions)
        self.at_executors.selection_changed.connect(self._enable_actions)

    def _page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.charts:
            self.charts.reload()

    def _look_up(self, number: str) -> None:
        window = self.window()
        if hasattr(window, "look_up"):
            window.look_up(number)

    def open_absences(self) -> AbsenceDialog | None:
        user = self.acting_user()
        if user is None:
            return None
        dlg = AbsenceDialog(user, self)
        dlg.finished.connect(lambda _: self.refresh())
        dlg.open()
        return dlg

    # -- loading
    def refresh(self) -> None:
        self.queue.reload()
        self.at_executors.reload()
        self.overdue.reload()
        self.complaints.reload()
        late = self.complaints.late_count()  # the late ones show on the page's tab
        self.pages.setTabText(
            self.pages.indexOf(self.complaints), self.tr("Ша&ғымдар") + (f" ({late})" if late else "")
        )
        self.overdue_count.setText(
            self.tr("Барлығы: %1").replace(
                "%1", str(self.overdue.rowCount()) + ("+" if self.overdue.canFetchMore() else "")
            )
        )
        loads = workload.executor_loads()
        self.loads.setRowCount(len(loads))
        # who is away today shows beside the name, where work is handed out (absence.py)
        away = {a.login for a in absence.away_on(now().date())}
        mark = {ld.user.id: (" — " + self.tr("жұмыста жоқ")) if ld.user.login in away else "" for ld in loads}
        for combo in (self.executor_combo, self.reassign_combo):
            keep = combo.currentData()
            combo.clear()
            for ld in loads:
                combo.addItem(f"{ld.user.full_name} ({ld.open_count}){mark[ld.user.id]}", ld.user.id)
            if keep is not None and combo.findData(keep) >= 0:
                combo.setCurrentIndex(combo.findData(keep))
        for r, ld in enumerate(loads):
            self.loads.setItem(r, 0, QTableWidgetItem(ld.user.full_name + mark[ld.user.id]))
            self.loads.setItem(r, 1, QTableWidgetItem(str(ld.open_count)))
        self._enable_actions()

    def _step_filter_changed(self) -> None:
        self.queue.model.step_kind = self.step_filter.currentData()
        self.queue.reload()
        self._enable_actions()

    def _uid(self) -> int | None:
        user = self.acting_user()
        return user.id if user is not None else None

    def _enable_actions(self) -> None:
        """Buttons follow what the engine allows on every selected row (`core.actions`)."""
        mine = actions.common_actions([r.number for r in self.queue.selected_rows()], self._uid())
        self.assign_button.setEnabled("assign" in mine)
        self.sign_button.setEnabled("sign" in mine)
        self.return_button.setEnabled("return" in mine)
        self.note_edit.setEnabled("return" in mine)
        theirs = actions.common_actions([r.number for r in self.at_executors.selected_rows()], self._uid())
        self.reassign_button.setEnabled("reassign" in theirs)

    def _show_step(self) -> None:
        """What the selected application waits for: assignment (step 4) or signature."""
        rows = self.queue.selected_rows()
        view = actions.application_view(rows[0].number, self._uid()) if len(rows) == 1 else None
        self.preview.show_application(view.number if view else None, view.prepared_result if view else None)
        if len(rows) != 1:
            self.step_label.setText(self.tr("Таңдалды: %1").replace("%1", str(len(rows))) if rows else "")
            return
        if view is None or view.step_action is None:
            self.step_label.setText("")
            return
        text = f"{view.number}: {view.step_no}. {view.step_action.get(i18n.current())}"
        if view.prepared_result:
            text += " — " + workflow.regulations().name("results", view.prepared_result, i18n.current())
        self.step_label.setText(text)

    # -- batch actions over the selected rows (`RoleTab.act_on_rows`: a refused row does not
    # stop the others)
    def _batch(self, rows: list[Any], do: Callable[[str, int], object], done: str) -> int:
        return self.act_on_rows(
            rows, do, lambda n: done.replace("%1", str(n)), self.tr("Алдымен кестеден өтінішті таңдаңыз")
        )

    def assign_selected(self) -> int:
        executor = self.executor_combo.currentData()
        if executor is None:
            self.show_message(self.tr("Орындаушыны таңдаңыз"))
            return 0
        return self._batch(
            self.queue.selected_rows(),
            lambda number, user: workflow.assign(number, user, executor),
            self.tr("Тағайындалды: %1"),
        )

    def sign_selected(self) -> int:
        rows = self.queue.selected_rows()
        if len(rows) > 1 and not notify.ask(
            self, self.tr("Таңдалған %1 өтініштің нәтижесіне қол қою керек пе?").replace("%1", str(len(rows)))
        ):
            return 0
        return self._batch(rows, workflow.sign, self.tr("Қол қойылды: %1"))

    def return_selected(self) -> int:
        note = self.note_edit.text()
        n = self._batch(
            self.queue.selected_rows(),
            lambda number, user: workflow.return_for_rework(number, user, note),
            self.tr("Қайтарылды: %1"),
        )
        if n:
            self.note_edit.clear()
        return n

    def reassign_selected(self) -> int:
        executor = self.reassign_combo.currentData()
        if executor is None:
            self.show_message(self.tr("Орындаушыны таңдаңыз"))
            return 0
        return self._batch(
            self.at_executors.selected_rows(),
            lambda number, user: workflow.reassign(number, user, executor),
            self.tr("Қайта тағайындалды: %1"),
        )

    def open_monthly_report(self) -> ExportDialog | None:
        if self.acting_user() is None:
            self.show_message(self.tr("Тек басшы"))
            return None
        dlg = ExportDialog(self, lang=i18n.current())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg
