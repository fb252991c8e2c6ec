"""Shared set-up of the work-tab tests (intake, Center, head, executor): a tab per role,
each signed in as that role's user, printing stubbed, the whole path drivable by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.core.models import Application
from desk_app.ui import i18n, intake, notify
from desk_app.ui.session import Session


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def as_user(session: Session, user) -> None:
    """Make `user` the signed-in user without the PIN round (sign-in has its own tests)."""
    session._user = user
    session.user_changed.emit(user)


def session_for(user) -> Session:
    s = Session()
    as_user(s, user)
    return s


@pytest.fixture
def kazakh():
    i18n.install("kk")
    yield
    i18n.install("kk")


@pytest.fixture
def desk_window(qtbot, users):
    """The main window on the office's 1366×768 screen, shown, nobody signed in yet."""
    from desk_app.ui.main_window import MainWindow

    w = MainWindow(db_label="test.sqlite")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def printed(monkeypatch):
    """Receipts/talons the intake asked to print: (number, kind)."""
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(
        intake, "open_print_preview", lambda number, kind, lang, user, parent: out.append((number, kind))
    )
    return out


@pytest.fixture(autouse=True)
def _no_blocking_question(monkeypatch):
    """A question nobody answers would block the run in a modal loop: fail fast instead."""

    def unexpected(parent, text):
        raise AssertionError(f"unexpected question (use the `answers` fixture): {text}")

    monkeypatch.setattr(notify, "ask", unexpected)


@pytest.fixture
def answers(monkeypatch, _no_blocking_question):
    """Replies to `notify.ask` (default yes); the questions asked are kept in `asked`."""
    state: dict[str, list] = {"asked": [], "replies": []}

    def ask(parent, text):
        state["asked"].append(text)
        return state["replies"].pop(0) if state["replies"] else True

    monkeypatch.setattr(notify, "ask", ask)
    return state


def select(view, number: str) -> None:
    """Reload a QueueView and select one application's row (as a click would)."""
    view.reload()
    assert view.select_number(number), f"{number} not in the {view.model.role} queue"


def app(number: str) -> Application:
    return Application.get(Application.number == number)


class Desk:
    """Every role's tab, each signed in as that role's user, as on five PCs of one office."""

    def __init__(self, qtbot, users) -> None:
        from desk_app.ui.tabs import TAB_CLASSES

        self.users = users
        self.tabs = {}
        for role, cls in TAB_CLASSES.items():
            tab = cls(session_for(users[role]))
            qtbot.addWidget(tab)
            tab.show()
            self.tabs[role] = tab
        self.center = self.tabs["center_inspector"]
        self.dispatch = self.tabs["dispatch_inspector"]
        self.clerk = self.tabs["office_clerk"]
        self.head = self.tabs["head"]
        self.executor = self.tabs["executor"]

    # -- intake
    def intake(self, widget, person, service: int, documents: str = "required", other: str = "") -> str:
        widget.search_edit.setText(person.iin)
        widget.search()
        widget.results.setCurrentRow(0)
        widget._choose_result(widget.results.currentItem())
        widget.service_combo.setCurrentIndex(widget.service_combo.findData(service))
        svc = widget.service_no()
        assert svc == service
        for i in range(widget.docs.count()):
            item = widget.docs.item(i)
            code, required, _title = item.data(Qt.ItemDataRole.UserRole)
            if documents == "all" or (documents == "required" and required):
                item.setCheckState(Qt.CheckState.Checked)
        if other:
            widget.other_doc_edit.setText(other)
            widget.add_other_document()
        number = widget.submit()
        assert number, widget.status_label.text()
        return number

    # -- the folder's movement (gui helper's tabs)
    def dispatch_and_register(self, number: str) -> None:
        select(self.dispatch.queue, number)
        assert self.dispatch.mark_selected_sent() == 1, self.dispatch.last_message
        select(self.clerk.queue, number)
        assert self.clerk.register_selected() == 1, self.clerk.last_message

    # -- the head
    def assign(self, number: str, executor: str = "executor") -> None:
        self.head.refresh()
        select(self.head.queue, number)
        combo = self.head.executor_combo
        combo.setCurrentIndex(combo.findData(self.users[executor].id))
        assert self.head.assign_selected() == 1, self.head.last_message

    def sign(self, *numbers: str) -> None:
        self.head.queue.reload()
        for n in numbers:
            assert _add_selection(self.head.queue, n), n
        assert self.head.sign_selected() == len(numbers), self.head.last_message

    def return_for_rework(self, number: str, note: str) -> None:
        select(self.head.queue, number)
        self.head.note_edit.setText(note)
        assert self.head.return_selected() == 1, self.head.last_message

    # -- the executor
    def executor_select(self, number: str, executor=None):
        tab = executor or self.executor
        tab.refresh()
        select(tab.queue, number)
        assert tab.app is not None and tab.app.number == number
        return tab

    def prepare(self, number: str, executor=None) -> None:
        tab = self.executor_select(number, executor)
        assert "prepare" in tab.offered
        assert tab.do_positive() is not None, tab.last_message

    def refuse(self, number: str, grounds: list[str], reasoning: str) -> None:
        tab = self.executor_select(number)
        assert tab.refusal_panel.isVisibleTo(tab)
        for code in grounds:
            tab.set_ground(code)
        tab.reasoning_edit.setPlainText(reasoning)
        tab.refuse_button.click()
        assert app(number).prepared_result == "refusal", tab.last_message

    def deliver(self, number: str, issued_to: str = "") -> None:
        tab = self.executor_select(number)
        assert tab.offered & {"deliver", "hand_over"}
        assert tab.issued_to_edit.isVisibleTo(tab) == bool(issued_to)
        assert tab.print_button.isEnabled()
        tab.print_result()  # the signed result on paper, before it leaves
        tab.issued_to_edit.setText(issued_to)
        assert tab.do_positive() is not None, tab.last_message

    # -- back at the Center
    def arrive_and_issue(self, number: str, who: str) -> None:
        select(self.center.queue, number)
        assert self.center.arrived_button.isEnabled()
        assert self.center.mark_arrived() == 1, self.center.last_message
        select(self.center.queue, number)
        assert self.center.issue_button.isEnabled()
        self.center.issued_to_edit.setText(who)
        assert self.center.issue_selected(), self.center.last_message


def _add_selection(view, number: str) -> bool:
    sel = view.table.selectionModel()
    for row in range(view.model.rowCount()):
        if view.model.row_at(row).number == number:
            sel.select(view.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
            return True
    return False
