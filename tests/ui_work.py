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
def printed(monkeypatch):
    """Receipts/talons the intake asked to print: (number, kind)."""
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(intake, "open_print_preview",
                        lambda number, kind, lang, user, parent: out.append((number, kind)))
    return out


@pytest.fixture
def answers(monkeypatch):
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
