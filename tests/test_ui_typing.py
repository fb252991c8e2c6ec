"""The desk's own forms typed at the speeds the office recorded, with the keyboard-wedge
filter of the scanner hub installed: no key is lost, delayed past the next action or
reordered (issue 17, the sign-in Tab after a completer, Space then Ctrl+Enter, an IIN
typed at 20 ms, a password manager's PIN).

Keys go through the window system path (`QTest.keyClick` on the QWindow, stamped by Qt's
clock) with real waits between them.
"""

from __future__ import annotations

import pytest
from conftest import make_person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_work import session_for

from desk_app.devices.wedge import WedgeFilter
from desk_app.ui.intake import IntakeWidget
from desk_app.ui.session import Session
from desk_app.ui.sign_in import SignInDialog

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]

NO = Qt.KeyboardModifier.NoModifier
GAPS = [20, 35, 25, 30, 20, 40]  # a person's rhythm, as recorded


@pytest.fixture
def wedge(qtbot):
    w = WedgeFilter().install()  # the desk's defaults
    got: list[str] = []
    w.scanned.connect(got.append)
    w.got = got
    yield w
    w.uninstall()


def release_modifiers(window) -> None:
    """QTest's window path leaves Ctrl/Shift "held" in the application's modifier state
    (no release of the modifier key itself): later selections would toggle or extend."""
    QTest.keyRelease(window, Qt.Key.Key_Control)
    QTest.keyRelease(window, Qt.Key.Key_Shift)


def type_keys(qtbot, window, keys, gaps=GAPS, mods=NO) -> None:
    for i, k in enumerate(keys):
        qtbot.wait(gaps[i % len(gaps)])
        QTest.keyClick(window, k, mods)


def test_sign_in_tab_after_the_completer_keeps_the_pin_out_of_the_login(qtbot, users, wedge):
    session = Session()
    dlg = SignInDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.ui.loginEdit.setFocus()
    win = dlg.windowHandle()
    type_keys(qtbot, win, "office_clerk")
    qtbot.wait(25)
    QTest.keyClick(win, Qt.Key.Key_Tab)
    type_keys(qtbot, win, "0000")
    assert dlg.ui.loginEdit.text() == "office_clerk"
    assert dlg.ui.pinEdit.text() == "0000"
    qtbot.wait(20)
    QTest.keyClick(win, Qt.Key.Key_Return)
    assert session.user is not None and session.user.login == "office_clerk"
    assert wedge.got == []


def test_password_manager_pin_at_5ms_signs_in(qtbot, users, wedge):
    session = Session()
    dlg = SignInDialog(session, login="head")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.ui.pinEdit.setFocus()
    win = dlg.windowHandle()
    for ch in "0000":
        QTest.keyClick(win, ch)
    QTest.keyClick(win, Qt.Key.Key_Return)
    assert session.user is not None and session.user.login == "head" and wedge.got == []


def _intake(qtbot, users) -> IntakeWidget:
    w = IntakeWidget(session_for(users["office_clerk"]), "office_clerk", "direct")
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def test_iin_typed_at_20ms_and_enter_is_a_search_not_a_scan(qtbot, users, wedge):
    p = make_person(users["admin"])
    w = _intake(qtbot, users)
    w.search_edit.setFocus()
    type_keys(qtbot, w.windowHandle(), p.iin, gaps=[20])
    qtbot.wait(20)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Return)
    assert wedge.got == []
    assert w.search_edit.text() == p.iin and w.results.count() == 1


def test_space_then_ctrl_enter_at_10ms_submits_with_the_tick(qtbot, users, wedge, printed):
    """The last required document ticked with Space and Ctrl+Enter 10 ms later: no question
    (the autouse fixture fails the test on any) and every document ticked."""
    p = make_person(users["admin"])
    w = _intake(qtbot, users)
    w.choose_person(p)
    w.service_combo.setCurrentIndex(w.service_combo.findData(4))
    required = [i for i in range(w.docs.count()) if w.docs.item(i).data(Qt.ItemDataRole.UserRole)[1]]
    assert required
    w.docs.setFocus()
    w.docs.setCurrentRow(0)
    win = w.windowHandle()
    row = 0
    for i in required:
        while row < i:
            qtbot.wait(25)
            QTest.keyClick(win, Qt.Key.Key_Down)
            row += 1
        qtbot.wait(30)
        QTest.keyClick(win, Qt.Key.Key_Space)
    qtbot.wait(10)
    QTest.keyClick(win, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    release_modifiers(win)
    assert len(printed) == 1, w.status_label.text()
    assert wedge.got == []
    from desk_app.core.models import Application

    a = Application.get(Application.number == printed[0][0])
    assert a.person_id == p.id and a.service == 4


@pytest.mark.parametrize("by", ["iin", "surname"])
def test_intake_of_a_known_person_takes_at_most_8_keys_beyond_the_identification(
    qtbot, users, wedge, printed, by
):
    """Counted: every key after what identifies the person (the IIN or the surname)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    p = make_person(users["admin"])
    w = _intake(qtbot, users)
    w.search_edit.setFocus()
    win = w.windowHandle()
    if by == "iin":
        type_keys(qtbot, win, p.iin)
    else:  # Cyrillic: key events carrying the letter (QTest cannot type it)
        for ch in p.surname:
            qtbot.wait(25)
            for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(et, 0, NO, ch))
    count = 0

    def key(k, mods=NO):
        nonlocal count
        count += 1
        qtbot.wait(30)
        QTest.keyClick(win, k, mods)

    key(Qt.Key.Key_Return)  # search
    key(Qt.Key.Key_Return)  # take the hit: focus goes to the service
    assert w.person is not None and w.person.id == p.id
    key("3")  # service 3 by its number
    assert w.service_no() == 3
    key(Qt.Key.Key_Tab)  # to the documents
    key("+")  # every required document ticked
    assert not w.missing_required()
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submit
    release_modifiers(win)
    assert len(printed) == 1 and printed[0][1] == "talon"
    assert count <= 8, count
    assert wedge.got == []


def test_birth_date_is_one_tab_stop_and_takes_digits_straight(qtbot, users, wedge):
    w = _intake(qtbot, users)
    w.start_new_card()
    f = w.form.ui
    f.patronymicEdit.setFocus()
    win = w.windowHandle()
    qtbot.wait(25)
    QTest.keyClick(win, Qt.Key.Key_Tab)
    assert f.birthDateEdit.hasFocus()
    type_keys(qtbot, win, "21031984")
    assert f.birthDateEdit.date().toString("dd.MM.yyyy") == "21.03.1984"
    qtbot.wait(25)
    QTest.keyClick(win, Qt.Key.Key_Tab)  # one stop: straight on to the sex
    assert f.sexCombo.hasFocus()
    QTest.keyClick(win, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    release_modifiers(win)
    assert f.birthDateEdit.hasFocus()
