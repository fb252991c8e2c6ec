"""Head: assign executors (seeing each one's load), reassign, sign or return results one by
one or as a batch, and the overdue board — the head answers for the term (para 17)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

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
from desk_app.core.errors import KenseError
from desk_app.core.models import Application, User

from .. import i18n, notify
from ..absence_dialog import AbsenceDialog
from ..complaints_board import ComplaintsBoard
from ..doc_preview import DocPreview
from ..head_charts import HeadCharts
from ..overdue_model import OverdueModel
from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


def _kind(app: Application) -> str | None:
    if app.current_step is None:
        return None
    return workflow.service_of(app).step(app.current_step).kind


class HeadTab(RoleTab):
    role = "head"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # -- my queue: assignment (step 4) and signature (step 6)
        self.queue = QueueView(self.role)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("stepFilter")
        self.step_filter.addItem(self.tr("Барлық қадамдар"), None)
        self.step_filter.addItem(self.tr("Тағайындау"), "assign")
        self.step_filter.addItem(self.tr("Қол қою"), "sign")
        self.step_filter.currentIndexChanged.connect(self._step_filter_changed)
        step_filter_label = QLabel(self.tr("Қадам:"))
        step_filter_label.setBuddy(self.step_filter)
        self.preview = DocPreview()
        self.executor_combo = QComboBox()
        self.executor_combo.setObjectName("executorCombo")
        ex_label = QLabel(self.tr("&Орындаушы:"))
        ex_label.setBuddy(self.executor_combo)
        self.assign_button = QPushButton(self.tr("Тағайында&у"))
        self.assign_button.setObjectName("assign")
        self.sign_button = QPushButton(self.tr("&Қол қою"))
        self.sign_button.setObjectName("sign")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("returnNote")
        self.note_edit.setPlaceholderText(self.tr("Қайтару себебі"))
        note_label = QLabel(self.tr("&Ескерту:"))
        note_label.setBuddy(self.note_edit)
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

        mine = QWidget()
        lay = QVBoxLayout(mine)
        filters = QHBoxLayout()
        filters.addWidget(step_filter_label)
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
        self.step_label = QLabel()
        self.step_label.setObjectName("stepInfo")
        lay.addWidget(self.step_label)
        row = QHBoxLayout()
        row.addWidget(ex_label)
        row.addWidget(self.executor_combo, 1)
        row.addWidget(self.assign_button)
        row.addSpacing(24)
        row.addWidget(self.sign_button)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.return_button)
        lay.addLayout(row)

        # -- applications with executors: reassignment
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
        # who is away, the acting head, an absent executor's work handed over (absence.py)
        self.absence_button = QPushButton(self.tr("Жұмыста жоқтар…"))
        self.absence_button.setObjectName("absences")
        self.absence_button.clicked.connect(self.open_absences)
        lay.addWidget(self.absence_button, 0, Qt.AlignmentFlag.AlignRight)

        # -- overdue board
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

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(mine, self.tr("Ке&зек"))
        self.pages.addTab(others, self.tr("Орындаушы&ларда"))
        self.pages.addTab(board, self.tr("&Мерзімі өткен"))
        self.complaints = ComplaintsBoard(self)  # R1-R4 p.18: open and late complaints
        self.pages.addTab(self.complaints, self.tr("Ша&ғымдар"))
        self.charts = HeadCharts(self._look_up)  # drawn when its page is opened
        self.pages.addTab(self.charts, self.tr("&Диаграммалар"))
        self.pages.currentChanged.connect(self._page_changed)
        QVBoxLayout(self).addWidget(self.pages)

        for b in (
            self.assign_button,
            self.sign_button,
            self.return_button,
            self.reassign_button,
            self.report_button,
        ):
            b.setAutoDefault(True)
        self.assign_button.clicked.connect(self.assign_selected)
        self.sign_button.clicked.connect(self.sign_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.note_edit.returnPressed.connect(self.return_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.report_button.clicked.connect(self.open_monthly_report)
        self.queue.selection_changed.connect(self._show_step)
        self.queue.selection_changed.connect(self._enable_actions)
        self.at_executors.selection_changed.connect(self._enable_actions)
        self.report_button.setEnabled(self._export_dialog() is not None)
        self._enable_actions()

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

    def _selected_apps(self, view: QueueView) -> list[Application]:
        ids = [r.app_id for r in view.selected_rows()]
        return list(Application.select().where(Application.id.in_(ids))) if ids else []

    def _enable_actions(self) -> None:
        """Buttons follow what the engine allows on every selected row (`core.actions`)."""
        user = self.acting_user()
        mine = actions.common_actions(self._selected_apps(self.queue), user)
        self.assign_button.setEnabled("assign" in mine)
        self.sign_button.setEnabled("sign" in mine)
        self.return_button.setEnabled("return" in mine)
        self.note_edit.setEnabled("return" in mine)
        theirs = actions.common_actions(self._selected_apps(self.at_executors), user)
        self.reassign_button.setEnabled("reassign" in theirs)

    def _show_step(self) -> None:
        """What the selected application waits for: assignment (step 4) or signature."""
        rows = self.queue.selected_rows()
        app = Application.get_or_none(Application.id == rows[0].app_id) if len(rows) == 1 else None
        self.preview.show_application(app if app is not None and app.prepared_result else None)
        if len(rows) != 1:
            self.step_label.setText(self.tr("Таңдалды: %1").replace("%1", str(len(rows))) if rows else "")
            return
        app = Application.get_or_none(Application.id == rows[0].app_id)
        if app is None or app.current_step is None:
            self.step_label.setText("")
            return
        lang = i18n.current()
        svc = workflow.service_of(app)
        text = f"{app.number}: {svc.step(app.current_step).no}. {svc.step(app.current_step).action.get(lang)}"
        if app.prepared_result:
            text += " — " + workflow.wording_of(app).name("results", app.prepared_result).get(lang)
        self.step_label.setText(text)

    # -- batch actions over the selected rows
    def _batch(
        self, rows, kinds: tuple[str, ...], do: Callable[[Application, User], object], done: str
    ) -> int:
        if not rows:
            self.show_message(self.tr("Алдымен кестеден өтінішті таңдаңыз"))
            return 0
        failures: list[str] = []

        def run(user: User) -> int:
            n = 0
            for r in rows:
                app = Application.get_by_id(r.app_id)
                if _kind(app) not in kinds:
                    failures.append(f"{app.number}: " + self.tr("бұл әрекет осы қадамға жатпайды"))
                    continue
                try:
                    do(app, user)
                    n += 1
                except KenseError as e:
                    failures.append(f"{app.number}: {i18n.error_text(e)}")
            return n

        n = self.act(run) or 0
        if failures:
            self.show_message("\n".join(failures))
        elif n:
            self.show_message(done.replace("%1", str(n)), error=False)
        return n

    def _chosen(self, combo: QComboBox) -> User | None:
        uid = combo.currentData()
        return User.get_or_none(User.id == uid) if uid is not None else None

    def assign_selected(self) -> int:
        executor = self._chosen(self.executor_combo)
        if executor is None:
            self.show_message(self.tr("Орындаушыны таңдаңыз"))
            return 0
        return self._batch(
            self.queue.selected_rows(),
            ("assign",),
            lambda app, user: workflow.assign(app, user, executor),
            self.tr("Тағайындалды: %1"),
        )

    def sign_selected(self) -> int:
        rows = self.queue.selected_rows()
        if len(rows) > 1 and not notify.ask(
            self, self.tr("Таңдалған %1 өтініштің нәтижесіне қол қою керек пе?").replace("%1", str(len(rows)))
        ):
            return 0
        return self._batch(
            rows, ("sign",), lambda app, user: workflow.sign(app, user), self.tr("Қол қойылды: %1")
        )

    def return_selected(self) -> int:
        note = self.note_edit.text()
        n = self._batch(
            self.queue.selected_rows(),
            ("sign",),
            lambda app, user: workflow.return_for_rework(app, user, note),
            self.tr("Қайтарылды: %1"),
        )
        if n:
            self.note_edit.clear()
        return n

    def reassign_selected(self) -> int:
        executor = self._chosen(self.reassign_combo)
        if executor is None:
            self.show_message(self.tr("Орындаушыны таңдаңыз"))
            return 0
        return self._batch(
            self.at_executors.selected_rows(),
            ("prepare", "card", "deliver"),
            lambda app, user: workflow.reassign(app, user, executor),
            self.tr("Қайта тағайындалды: %1"),
        )

    # -- the monthly report (built by the export package, when installed)
    @staticmethod
    def _export_dialog():
        try:
            mod = importlib.import_module("desk_app.ui.export_dialog")
        except ImportError:
            return None
        return getattr(mod, "ExportDialog", None) or getattr(mod, "MonthlyReportDialog", None)

    def open_monthly_report(self):
        cls = self._export_dialog()
        if cls is None or self.acting_user() is None:
            self.show_message(
                self.tr("Айлық есеп модулі орнатылмаған") if cls is None else self.tr("Тек басшы")
            )
            return None
        dlg = cls(self, lang=i18n.current())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg
