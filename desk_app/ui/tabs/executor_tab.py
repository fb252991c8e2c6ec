"""Executor: service 1 intake (direct), and the executor's own applications — register the
card or refuse (service 1, step 2), prepare the notification / decision or a reasoned
refusal with grounds from the service's catalogue, and mark the result sent / handed over
(step 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import actions, informing, workflow
from desk_app.core.actions import ApplicationView
from desk_app.core.regulation import Ground

from .. import intake, notify
from ..card_dialog import CardDialog
from ..intake import IntakeWidget
from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..rows import STRETCH, hbox
from ..session import Session


class ExecutorTab(RoleTab):
    role = "executor"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.app: ApplicationView | None = None
        self.offered: frozenset[str] = frozenset()  # what the engine allows on it now
        self._panel_key: tuple[int, int | None, int | None] | None = None
        self.intake = IntakeWidget(session, self.role, "direct")
        self.queue = QueueView(self.role)

        self.info_label = QLabel(self.tr("Өтінішті таңдаңыз"))
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card_button = QPushButton(self.tr("Карточканы &ашу"))
        self.print_button = QPushButton(self.tr("Құжатты &басу"))
        self.print_button.setObjectName("printResult")
        self.positive_button = QPushButton()
        self.positive_button.setObjectName("positiveAction")
        self.issued_to_edit = QLineEdit()
        self.issued_to_edit.setObjectName("issuedTo")
        self.issued_to_edit.setPlaceholderText(self.tr("Кім алды (тікелей тұтынушыға бергенде)"))
        # A checkable list, not checkboxes: the grounds' long texts must not widen the window.
        self.grounds = QListWidget()
        self.grounds.setObjectName("grounds")
        self.grounds.setWordWrap(True)
        self.grounds.setMaximumHeight(110)
        grounds_label = QLabel(self.tr("Дәлелді бас тарту &негіздері (бос орын — белгілеу):"))
        grounds_label.setBuddy(self.grounds)
        self.reasoning_edit = QPlainTextEdit()
        self.reasoning_edit.setObjectName("reasoning")
        self.reasoning_edit.setTabChangesFocus(True)
        self.reasoning_edit.setPlaceholderText(self.tr("Бас тартудың дәлелі (жазбаша)"))
        self.reasoning_edit.setMaximumHeight(90)
        reasoning_label = QLabel(self.tr("&Дәлелі:"))
        reasoning_label.setBuddy(self.reasoning_edit)
        self.refuse_button = QPushButton(self.tr("Бас тарт&у"))
        self.refuse_button.setObjectName("refuse")
        for b in (self.card_button, self.print_button, self.positive_button, self.refuse_button):
            b.setAutoDefault(True)

        refusal = QWidget()
        rl = QVBoxLayout(refusal)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(grounds_label)
        rl.addWidget(self.grounds)
        rl.addWidget(reasoning_label)
        rl.addWidget(self.reasoning_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refuse_button)
        rl.addLayout(row)
        rl.addWidget(self._build_return_box())
        self.refusal_panel = refusal

        work = QWidget()
        lay = QVBoxLayout(work)
        lay.addWidget(self.queue, 1)
        lay.addLayout(hbox((self.info_label, 1), self.card_button, self.print_button))
        lay.addLayout(hbox((self.issued_to_edit, 1), self.positive_button))
        lay.addWidget(self.refusal_panel)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(work, self.tr("Менің &өтініштерім"))
        self.pages.addTab(self.intake, self.tr("&Қабылдау (1-қызмет)"))
        self.pages.addTab(self._build_inform_page(), self.tr("&Нәтижені хабарлау"))
        QVBoxLayout(self).addWidget(self.pages)

        self.queue.selection_changed.connect(self._on_selection)
        self.positive_button.clicked.connect(self.do_positive)
        self.refuse_button.clicked.connect(self.do_refusal)
        self.card_button.clicked.connect(self.open_card)
        self.print_button.clicked.connect(self.print_result)
        self._on_selection()

    def refresh(self) -> None:
        user = self.acting_user()
        self.queue.model.executor_id = user.id if user else -1
        self.queue.reload()
        self._on_selection()
        self.reload_inform()

    # -- the selected application and what the engine allows on it
    def _on_selection(self) -> None:
        rows = self.queue.selected_rows()
        user = self.acting_user()
        self.app = None
        if len(rows) == 1:
            self.app = actions.application_view(rows[0].number, user.id if user else None)
        self.offered = self.app.actions if self.app is not None else frozenset()
        self._build_panel()

    def _positive_text(self, app: ApplicationView) -> str:
        if "register_card" in self.offered:
            return self.tr("Карточканы ті&ркеу")
        if "prepare" in self.offered:
            if app.positive_result == "decision":
                return self.tr("&Шешімді дайындау")
            return self.tr("&Хабарламаны дайындау")
        return self.tr("&Жүйеде белгілеу")

    def _build_panel(self) -> None:
        app, offered = self.app, self.offered
        lang = notify.current_lang()
        self.card_button.setEnabled(app is not None)
        self.print_button.setEnabled(app is not None and (app.result or app.prepared_result) is not None)
        positive = offered & {"register_card", "prepare", "deliver", "hand_over"}
        if app is None or not positive:
            self.info_label.setText(self.tr("Өтінішті таңдаңыз"))
            self.positive_button.setText(self.tr("Орындау"))
            self.positive_button.setEnabled(False)
            self.issued_to_edit.hide()
            self.refusal_panel.hide()
            return
        text = f"{app.number} — {app.service}. {app.service_name.get(lang)}"
        text += f"\n{app.step_no}. {app.step_action.get(lang) if app.step_action else ''}"
        if app.returned_note is not None and "prepare" in offered:
            text += "\n" + self.tr("Басшы қайтарды: %1").replace("%1", app.returned_note)
        self.info_label.setText(text)
        self.positive_button.setEnabled(True)
        self.positive_button.setText(self._positive_text(app))
        self.issued_to_edit.setVisible("hand_over" in offered)
        self.refusal_panel.setVisible(bool(offered & {"refuse", "return_documents"}))
        self.return_box.setVisible("return_documents" in offered)
        # The grounds of this service's catalogue, rebuilt only for another application or
        # step: a refresh after a refused action keeps what the executor ticked.
        key = (app.id, app.step_no, app.returned_id)  # a return: refill
        if self._panel_key == key:
            return
        self._panel_key = key
        self._fill_grounds(app, lang)

    def _fill_grounds(self, app: ApplicationView, lang: str) -> None:
        self.reasoning_edit.clear()
        _fill_checklist(self.grounds, app.grounds, lang, checked=False)
        self.grounds.setCurrentRow(0)
        one = len(app.return_grounds) == 1  # the only ground comes ticked
        _fill_checklist(self.return_grounds, app.return_grounds, lang, checked=one)
        if app.returned_note is not None and "prepare" in self.offered and app.refusal_reasoning:
            # A refusal the head sent back: its reasoning and grounds are the executor's to
            # edit, not to type again.
            self.reasoning_edit.setPlainText(app.refusal_reasoning)
            for code in app.chosen_grounds:
                self.set_ground(code)

    def ground_codes(self) -> list[str]:
        return [self.grounds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.grounds.count())]

    def set_ground(self, code: str, checked: bool = True) -> None:
        for i in range(self.grounds.count()):
            item = self.grounds.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_grounds(self) -> list[str]:
        return [
            self.grounds.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.grounds.count())
            if self.grounds.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- actions
    def _target(self) -> ApplicationView | None:
        if self.app is None:
            self.show_message(self.tr("Алдымен кестеден өтінішті таңдаңыз"))
        return self.app

    def do_positive(self) -> object | None:
        app, offered = self._target(), self.offered
        if app is None:
            return None
        number = app.number
        if "register_card" in offered:
            fn = lambda user: workflow.decide_card(number, user.id, register=True)  # noqa: E731
            done = self.tr("Карточка тіркелді: %1")
        elif "prepare" in offered:
            result = app.positive_result
            fn = lambda user: workflow.prepare(number, user.id, result)  # noqa: E731
            done = self.tr("Басшыға қол қоюға берілді: %1")
        elif offered & {"deliver", "hand_over"}:
            who = self.issued_to_edit.text().strip()
            fn = lambda user: workflow.deliver(number, user.id, issued_to=who)  # noqa: E731
            done = self.tr("Белгіленді: %1")
        else:
            return None
        out = self.act(fn, done.replace("%1", number))
        if out is not None:
            self.issued_to_edit.clear()
        return out

    def do_refusal(self) -> object | None:
        app = self._target()
        if app is None or "refuse" not in self.offered:
            return None
        grounds = self.checked_grounds()
        reasoning = self.reasoning_edit.toPlainText()
        if not notify.ask(
            self,
            self.tr("%1 бойынша дәлелді бас тартуды басшының қолына жіберу керек пе?").replace(
                "%1", app.number
            ),
        ):
            return None
        number = app.number
        out = self.act(
            lambda user: workflow.refuse(number, user.id, grounds, reasoning),
            self.tr("Дәлелді бас тарту басшыға берілді: %1").replace("%1", number),
        )
        if out is not None:
            self.reasoning_edit.clear()
        return out

    def print_result(self) -> None:
        """The signed (or prepared) result on paper: notification, decision, reasoned refusal
        or (service 2) the reasoned return of a defective package."""
        user = self.acting_user()
        if self.app is None or user is None:
            return
        kind = self.app.result or self.app.prepared_result
        if kind:
            intake.open_print_preview(self.app.number, kind, notify.current_lang(), user, self)

    def open_card(self) -> CardDialog | None:
        if self.app is None:
            return None
        dlg = CardDialog(self.app.person_id, self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    # -- service 2: a defective or incomplete package goes back with written reasons (R2 p.10)
    def _build_return_box(self) -> QWidget:
        self.return_grounds = QListWidget()
        self.return_grounds.setObjectName("returnGrounds")
        self.return_grounds.setWordWrap(True)
        self.return_grounds.setMaximumHeight(50)
        self.return_button = QPushButton(self.tr("Құжаттарды қа&йтару"))
        self.return_button.setObjectName("returnDocuments")
        self.return_button.setAutoDefault(True)
        self.return_button.setToolTip(
            self.tr(
                "Құжаттарда қате бар немесе топтама толық емес: "
                "құжаттар жазбаша дәлелмен қайтарылады (10-тармақ)"
            )
        )
        self.return_button.clicked.connect(self.do_return)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Құжаттарды қайтару негіздері (дәлелі жоғарыда жазылады):"))
        note.setWordWrap(True)
        lay.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.return_grounds, 1)
        row.addWidget(self.return_button)
        lay.addLayout(row)
        self.return_box = box
        box.hide()
        return box

    def checked_return_grounds(self) -> list[str]:
        lw = self.return_grounds
        return [
            lw.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lw.count())
            if lw.item(i).checkState() == Qt.CheckState.Checked
        ]

    def do_return(self) -> object | None:
        app = self._target()
        if app is None or "return_documents" not in self.offered:
            return None
        grounds = self.checked_return_grounds()
        reasoning = self.reasoning_edit.toPlainText()
        out = self.act(
            lambda user: workflow.prepare(app.number, user.id, "return", grounds, reasoning),
            self.tr("Құжаттарды қайтару басшыға берілді: %1").replace("%1", app.number),
        )
        if out is not None:
            self.reasoning_edit.clear()
        return out

    # -- R1 p.11(4): the executor tells the applicant of the result, and marks how
    def _build_inform_page(self) -> QWidget:
        self.inform_table = QTableWidget(0, 4)
        self.inform_table.setObjectName("toInform")
        self.inform_table.setHorizontalHeaderLabels(
            [self.tr("Нөмір"), self.tr("Тұтынушы"), self.tr("Нәтиже"), self.tr("Жабылды")]
        )
        self.inform_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inform_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inform_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inform_table.verticalHeader().hide()
        self.inform_table.horizontalHeader().setStretchLastSection(True)
        self.inform_how = QComboBox()
        self.inform_how.setObjectName("informHow")
        for code, text in (
            ("in_person", self.tr("жеке өзіне")),
            ("phone", self.tr("телефонмен")),
            ("letter", self.tr("хатпен")),
        ):
            self.inform_how.addItem(text, code)
        self.inform_button = QPushButton(self.tr("Хабарлан&дым"))
        self.inform_button.setObjectName("informed")
        self.inform_button.setAutoDefault(True)
        self.inform_button.clicked.connect(self.do_inform)
        self.inform_apps: list[informing.ToInform] = []
        page = QWidget()
        lay = QVBoxLayout(page)
        note = QLabel(
            self.tr("Нәтижесі өтініш берушіге әлі хабарланбаған өтініштер (1-регламенттің 11-тармағы)")
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.inform_table, 1)
        lay.addLayout(
            hbox(QLabel(self.tr("Қалай хабарланды:")), self.inform_how, STRETCH, self.inform_button)
        )
        return page

    def reload_inform(self) -> None:
        user = self.acting_user()
        self.inform_apps = informing.awaiting_inform(user) if user else []
        lang = notify.current_lang()
        self.inform_table.setRowCount(len(self.inform_apps))
        for r, app in enumerate(self.inform_apps):
            values = [
                app.number,
                app.applicant,
                workflow.regulations().name("results", app.result or "", lang),
                app.closed_at.strftime("%d.%m.%Y %H:%M") if app.closed_at else "—",
            ]
            for c, v in enumerate(values):
                self.inform_table.setItem(r, c, QTableWidgetItem(v))

    def do_inform(self) -> object | None:
        rows = {i.row() for i in self.inform_table.selectedItems()}
        if len(rows) != 1:
            self.show_message(self.tr("Алдымен кестеден өтінішті таңдаңыз"))
            return None
        app = self.inform_apps[rows.pop()]
        how = self.inform_how.currentData()
        out = self.act(
            lambda user: workflow.inform(app.number, user.id, how),
            self.tr("Хабарланды: %1").replace("%1", app.number),
        )
        if out is not None:
            self.reload_inform()
        return out


def _fill_checklist(lw: QListWidget, grounds: tuple[Ground, ...], lang: str, checked: bool) -> None:
    """A checkable list of grounds (their codes as item data, the legal basis as tooltip)."""
    lw.clear()
    for g in grounds:
        item = QListWidgetItem(g.text.get(lang))
        item.setToolTip(g.basis.get(lang))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, g.code)
        lw.addItem(item)
