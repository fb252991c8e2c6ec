"""What `tools/desk_walk.py` found a clerk could not do by keys, each done by real key events
through the window system (`QTest.keyClick` on the QWindow) at a person's speed: Enter on a
queue's row does the tab's action, a queue tab's keys go to its filter after sign-in, and the
clerk's arrivals page has its Alt+letter."""

from __future__ import annotations

import pytest
from conftest import make_person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from qt_helpers import center_application
from ui_work import app, session_for

from desk_app.ui.tabs.dispatch_tab import DispatchTab
from desk_app.ui.tabs.office_clerk_desk import OfficeClerkDeskTab

pytestmark = [pytest.mark.usefixtures("kazakh")]

NO = Qt.KeyboardModifier.NoModifier


def type_keys(qtbot, window, keys) -> None:
    for i, k in enumerate(keys):
        qtbot.wait([20, 35, 25, 30, 20, 40][i % 6])
        QTest.keyClick(window, k, NO)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.windowHandle().isActive())
    return widget


def test_enter_on_the_chosen_row_marks_the_folder_sent(qtbot, users):
    number = center_application(users, make_person(users["admin"])).number
    tab = _shown(qtbot, DispatchTab(session_for(users["dispatch_inspector"])))
    tab.refresh()
    assert tab.queue.select_number(number)
    tab.queue.table.setFocus()
    qtbot.wait(30)
    QTest.keyClick(tab.windowHandle(), Qt.Key.Key_Return)
    assert app(number).state == "to_body", tab.last_message


def test_the_clerks_arrivals_page_opens_by_its_alt_letter(qtbot, users):
    tab = _shown(qtbot, OfficeClerkDeskTab(session_for(users["office_clerk"])))
    assert tab.pages.currentIndex() == 0  # the direct intake in front
    tab.intake.search_edit.setFocus()
    qtbot.wait(30)
    # Alt+Д as the Kazakh layout sends it (the key carries the letter; QTest's ASCII table has none)
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, tab.windowHandle(), Qt.Key(ord("Д")), "д", Qt.KeyboardModifier.AltModifier
    )
    qtbot.wait(30)
    assert tab.pages.currentWidget() is tab.queue.parentWidget()


def test_after_sign_in_the_dispatch_inspectors_keys_go_to_the_queue_filter(qtbot, users, desk_window):
    number = center_application(users, make_person(users["admin"])).number
    w = desk_window
    _sign_in_by_keys(qtbot, w, w.request_sign_in(), "dispatch_inspector")
    type_keys(qtbot, w.windowHandle(), number)
    queue = w.tabs_by_role["dispatch_inspector"].queue
    assert queue.text_filter.text() == number
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)


def _sign_in_by_keys(qtbot, w, dlg, login: str) -> None:
    """Login, Tab, PIN, Enter typed into the sign-in dialog; the window active again after."""
    qtbot.waitUntil(lambda: dlg.windowHandle() is not None and dlg.windowHandle().isActive())
    type_keys(qtbot, dlg.windowHandle(), login)
    QTest.keyClick(dlg.windowHandle(), Qt.Key.Key_Tab)
    type_keys(qtbot, dlg.windowHandle(), "0000")
    QTest.keyClick(dlg.windowHandle(), Qt.Key.Key_Return)
    assert w.session.user is not None and w.session.user.login == login
    w.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(lambda: w.windowHandle().isActive())


def test_enter_in_the_center_recipient_field_still_issues(qtbot, users):
    """Enter on a queue row must not take Enter from the tab's line edits: the recipient's
    name typed, Enter issues (desk_walk's step 39 when the row's Enter was a QShortcut)."""
    from ui_work import Desk

    from desk_app.core import workflow
    from desk_app.ui.tabs.center_tab import CenterTab

    number = center_application(users, make_person(users["admin"])).number
    d = Desk.__new__(Desk)
    d.users = users
    tabs = {
        r: _shown(qtbot, cls(session_for(users[r])))
        for r, cls in [("dispatch_inspector", DispatchTab), ("office_clerk", OfficeClerkDeskTab)]
    }
    d.dispatch, d.clerk = tabs["dispatch_inspector"], tabs["office_clerk"]
    d.dispatch_and_register(number)
    workflow.assign(number, users["head"].id, users["executor"].id)
    workflow.prepare(number, users["executor"].id, "notification")
    workflow.sign(number, users["head"].id)
    workflow.deliver(number, users["executor"].id)
    workflow.result_arrived(number, users["center_inspector"].id)
    tab = _shown(qtbot, CenterTab(session_for(users["center_inspector"])))
    tab.pages.setCurrentIndex(1)
    tab.refresh()
    assert tab.queue.select_number(number)
    tab.issued_to_edit.setFocus()
    type_keys(qtbot, tab.windowHandle(), "Ivanova A.")
    qtbot.wait(30)
    QTest.keyClick(tab.windowHandle(), Qt.Key.Key_Return)
    assert app(number).state == "closed", tab.last_message


def test_after_a_ctrl_l_switch_the_next_persons_keys_go_to_the_queue_filter(qtbot, users, desk_window):
    """The head signs the clerk out with Ctrl+L and the dispatch inspector signs in: the
    number typed next lands in the queue's filter, not on the role tabs' bar."""
    number = center_application(users, make_person(users["admin"])).number
    w = desk_window
    w.session.sign_in("office_clerk", "0000")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.windowHandle().isActive())
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(w.windowHandle(), Qt.Key.Key_Control)
    dlg = w.sign_in_dialog
    assert dlg is not None and w.session.user is None
    _sign_in_by_keys(qtbot, w, dlg, "dispatch_inspector")
    type_keys(qtbot, w.windowHandle(), number)
    queue = w.tabs_by_role["dispatch_inspector"].queue
    assert queue.text_filter.text() == number, type(w.focusWidget()).__name__


@pytest.mark.parametrize(
    "cls,role,button",
    [
        (DispatchTab, "dispatch_inspector", "send_button"),
        (OfficeClerkDeskTab, "office_clerk", "register_button"),
    ],
)
def test_the_queue_buttons_have_an_alt_letter_of_their_own(qtbot, users, cls, role, button):
    """Every button of a queue page answers to Alt+letter, and no two visible buttons (nor
    the menu's Кеңсе and Тіл) share a letter."""
    from PySide6.QtWidgets import QAbstractButton

    tab = _shown(qtbot, cls(session_for(users[role])))
    if isinstance(tab, OfficeClerkDeskTab):
        tab.pages.setCurrentWidget(tab.queue.parentWidget())
    letters = ["к", "т"]  # the main window's menus: &Кеңсе, &Тіл
    for b in tab.findChildren(QAbstractButton):
        if b.isVisible() and b.text() and type(b).__name__ != "QToolButton":
            text = b.text().replace("&&", "")
            assert "&" in text, f"no Alt+letter: {text}"
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters
    assert "&" in getattr(tab, button).text()
