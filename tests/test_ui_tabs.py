"""The dispatch and office-clerk tabs move a real application; a tab refuses the wrong role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from qt_helpers import center_application, type_text

from desk_app.core.models import Application, Movement
from desk_app.ui import i18n
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signals import app_signals


@pytest.fixture(autouse=True)
def kazakh():
    i18n.install("kk")
    yield
    i18n.install("kk")


@pytest.fixture
def window(qtbot, users):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _select(view, number: str) -> None:
    view.reload()
    assert view.select_number(number), f"{number} not in the {view.model.role} queue"


def test_dispatch_then_register_advances_a_real_application(window, qtbot, users, person):
    app = center_application(users, person)
    window.session.sign_in("dispatch_inspector", "0000")
    tab = window.tabs_by_role["dispatch_inspector"]
    assert window.tabs.currentWidget() is tab
    _select(tab.queue, app.number)
    assert tab.queue.count_label.text() == "Барлығы: 1"
    with qtbot.waitSignal(app_signals().applications_changed, timeout=1000):
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    app = Application.get_by_id(app.id)
    assert app.current_step == 3
    moved = Movement.get(Movement.application == app)
    assert (moved.kind, moved.payload) == ("sent_to_body", "")
    assert tab.queue.model.total() == 0  # the tab refreshed itself

    window.switch_user()
    window.session.sign_in("office_clerk", "0000")
    clerk = window.tabs_by_role["office_clerk"]
    assert window.tabs.currentWidget() is clerk
    assert clerk.queue.model.total() == 1  # refreshed when shown
    _select(clerk.queue, app.number)
    with qtbot.waitSignal(app_signals().applications_changed, timeout=1000):
        qtbot.mouseClick(clerk.register_button, Qt.MouseButton.LeftButton)
    app = Application.get_by_id(app.id)
    assert app.current_step == 4
    assert clerk.queue.model.total() == 0


def test_tab_refuses_a_user_without_its_role(window, users, person):
    app = center_application(users, person)
    window.session.sign_in("head", "0000")
    tab = window.tabs_by_role["dispatch_inspector"]
    assert not tab.isEnabled()
    _select(tab.queue, app.number)
    assert tab.mark_selected_sent() == 0
    assert tab.last_message == "Бұл бетте тек «Жинақтау бөлімі» рөлі бар пайдаланушы әрекет ете алады"
    assert Application.get_by_id(app.id).current_step == 2


def test_domain_error_shown_in_russian(window, users, person):
    from desk_app.core import workflow

    app = workflow.dispatch(center_application(users, person), users["dispatch_inspector"])
    window.set_language("ru")
    window.session.sign_in("office_clerk", "0000")
    clerk = window.tabs_by_role["office_clerk"]
    _select(clerk.queue, app.number)
    workflow.register_received(app, users["office_clerk"])  # another desk was quicker
    assert clerk.register_selected() == 0
    assert clerk.last_message.startswith("Заявление сейчас на другом шаге: 4.")
    assert Application.get_by_id(app.id).current_step == 4


def test_nothing_selected_says_so(window):
    window.session.sign_in("dispatch_inspector", "0000")
    tab = window.tabs_by_role["dispatch_inspector"]
    assert tab.mark_selected_sent() == 0
    assert tab.last_message == "Алдымен кестеден өтінішті таңдаңыз"


def test_scan_marks_the_folder_sent(window, users, person):
    app = center_application(users, person)
    window.session.sign_in("dispatch_inspector", "0000")
    app_signals().scan_received.emit(app.number)
    assert Application.get_by_id(app.id).current_step == 3
    assert Movement.get(Movement.application == app.id).payload == app.number


def test_queue_filters_by_text_and_service(window, qtbot, users, person):
    a = center_application(users, person, service=3)
    center_application(users, person, service=4)
    window.session.sign_in("dispatch_inspector", "0000")
    view = window.tabs_by_role["dispatch_inspector"].queue
    assert view.model.total() == 2
    view.service_combo.setCurrentIndex(view.service_combo.findData(3))
    assert view.model.total() == 1
    view.service_combo.setCurrentIndex(0)
    type_text(view.text_filter, person.surname[:4])
    qtbot.waitUntil(lambda: view.count_label.text() == "Барлығы: 2", timeout=2000)
    view.text_filter.setText(a.number)
    qtbot.waitUntil(lambda: view.model.total() == 1, timeout=2000)


def test_intake_page_slot(window):
    from PySide6.QtWidgets import QLabel

    clerk = window.tabs_by_role["office_clerk"]
    clerk.add_intake(QLabel("intake"), "Тікелей қабылдау")
    assert clerk.pages.tabText(0) == "Тікелей қабылдау"
    assert clerk.pages.tabText(clerk.pages.count() - 1).replace("&", "") == "Орталықтан келгендер"


def test_repeated_and_unknown_scans_change_nothing(window, users, person):
    app = center_application(users, person)
    window.session.sign_in("dispatch_inspector", "0000")
    tab = window.tabs_by_role["dispatch_inspector"]
    assert window.tabs.currentWidget() is tab
    app_signals().scan_received.emit(app.number + "\r")
    app_signals().scan_received.emit(app.number)
    assert Movement.select().where(Movement.application == app.id).count() == 1
    assert "ештеңе өзгермеді" in tab.last_message  # "duplicate: nothing changed", in Kazakh
    before = Movement.select().count()
    app_signals().scan_received.emit("not-a-number")
    assert Movement.select().count() == before
    assert tab.last_message and "not-a-number" not in window.lookup_error


def test_a_scan_on_a_tab_that_moves_no_folders_is_a_status_look_up(window, users, person):
    app = center_application(users, person)
    window.session.sign_in("head", "0000")
    assert window.tabs.currentWidget() is window.tabs_by_role["head"]
    app_signals().scan_received.emit(app.number + "\r")
    assert window.status_dialog is not None and window.status_dialog.isVisible()
    shown = [window.status_dialog.windowTitle()] + [
        w.text() for w in window.status_dialog.findChildren(QLabel)
    ]
    assert any(app.number in t for t in shown)
    assert Movement.select().count() == 0  # a look-up records nothing
