"""Helpers for Qt tests: typing any text (Kazakh, Russian) without QTest.keyClicks.

`QTest.keyClicks` with Cyrillic aborts the process (qasciikey.cpp), so non-ASCII text is
typed as raw key events carrying only the character.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one KeyPress/KeyRelease per character to `widget`."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press_enter(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )


def center_application(users, person, service: int = 3):
    """A real application accepted at the Center (waiting at step 2, dispatch)."""
    from desk_app.core import workflow

    svc = workflow.regulations().in_force(workflow.now().date()).service(service)
    docs = [(d.code, d.text.kk) for d in svc.documents if d.required]
    return workflow.submit(person, service, "center", users["center_inspector"], docs)
