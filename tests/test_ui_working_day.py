"""Issue 17, done when: one desk, people taking turns at it. A service-2 application via
the Center from intake to issue and a service-4 direct application, each step done by its
role after a user switch (Ctrl+L's sign-out, then sign-in), with the queues and the status
look-up checked after each step, and nothing of the last user's work left on screen."""

from __future__ import annotations

import pytest
from conftest import make_person
from PySide6.QtCore import Qt
from ui_work import Desk, app, select

from desk_app.ui import i18n
from desk_app.ui.main_window import MainWindow


@pytest.fixture
def desk(qtbot, users, printed, answers):
    i18n.install("kk")
    w = MainWindow(db_label="test.sqlite")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    # Desk's helpers over the window's own tabs (one PC, one session, people taking turns)
    d = Desk.__new__(Desk)
    d.users, d.tabs = users, w.tabs_by_role
    d.center, d.dispatch = w.tabs_by_role["center_inspector"], w.tabs_by_role["dispatch_inspector"]
    d.clerk, d.head = w.tabs_by_role["office_clerk"], w.tabs_by_role["head"]
    d.executor = w.tabs_by_role["executor"]
    d.window = w
    yield d
    i18n.install("kk")


def turn(desk, login: str) -> None:
    """The next person at the desk: the last one signs out, this one signs in."""
    w = desk.window
    w.switch_user()
    assert w.stack.currentWidget() is w.lock_label and w.lookup_edit.text() == ""
    w.sign_in_dialog.close()
    w.session.sign_in(login, "0000")
    assert w.tabs.currentWidget() is w.tabs_by_role[login if login in w.tabs_by_role else "executor"]


def queue_numbers(view) -> set[str]:
    view.reload()
    return {view.model.row_at(r).number for r in range(view.model.rowCount())}


def look_up(desk, number: str) -> dict:
    dlg = desk.window.look_up(number)
    assert dlg is not None
    info = dlg.info
    dlg.close()
    return info


def test_service_2_via_the_center_and_service_4_direct_with_user_switches(desk, users, answers):
    w = desk.window
    p = make_person(users["admin"])
    q = make_person(users["admin"], surname="Жақсылықов", name="Нұрсұлтан", patronymic="Серікұлы", sex="M")

    # -- the Center inspector accepts service 2
    turn(desk, "center_inspector")
    n2 = desk.intake(desk.center.intake, p, 2)
    assert app(n2).state == "dispatch" and look_up(desk, n2)["steps"][-1]["role"] == "dispatch_inspector"

    # -- the dispatch inspector sends the folder
    turn(desk, "dispatch_inspector")
    assert n2 in queue_numbers(desk.dispatch.queue)
    select(desk.dispatch.queue, n2)
    assert desk.dispatch.mark_selected_sent() == 1, desk.dispatch.last_message
    assert n2 not in queue_numbers(desk.dispatch.queue)
    # in transit to the authorized body: step 3 opens on the clerk's arrival scan
    assert app(n2).state == "to_body" and look_up(desk, n2)["steps"][-1]["completed_at"]

    # -- the office clerk registers it, then accepts service 4 from a direct applicant
    turn(desk, "office_clerk")
    assert n2 in queue_numbers(desk.clerk.queue)
    select(desk.clerk.queue, n2)
    assert desk.clerk.register_selected() == 1
    n4 = desk.intake(desk.clerk.intake, q, 4)
    assert look_up(desk, n4)["channel"] == "direct"

    # -- the head assigns both
    turn(desk, "head")
    assert {n2, n4} <= queue_numbers(desk.head.queue)
    desk.assign(n2)
    desk.assign(n4, "executor")
    assert look_up(desk, n2)["steps"][-1]["role"] == "executor"

    # -- the executor prepares both
    turn(desk, "executor")
    assert {n2, n4} <= queue_numbers(desk.executor.queue)
    desk.prepare(n2)
    desk.prepare(n4)
    assert app(n2).prepared_result == "notification"

    # -- the head reads each, then signs both (one question for the batch of two)
    turn(desk, "head")
    select(desk.head.queue, n2)
    assert desk.head.preview.kind == "notification" and desk.head.preview.page_count() >= 1
    asked = len(answers["asked"])
    desk.sign(n2, n4)
    assert len(answers["asked"]) == asked + 1
    assert app(n2).result == "notification" and app(n4).result == "notification"

    # -- the executor sends the Center's result on and hands the direct one over
    turn(desk, "executor")
    desk.deliver(n2)
    desk.deliver(n4, issued_to="Жақсылықов Н.С.")
    assert app(n4).state == "closed" and look_up(desk, n4)["state"] == "closed"
    assert look_up(desk, n2)["state"] == "in_transit"

    # -- back at the Center: the result arrives and is issued
    turn(desk, "center_inspector")
    desk.center.pages.setCurrentIndex(1)  # the results page
    desk.arrive_and_issue(n2, "Әбдірахманова Г.С.")
    info = look_up(desk, n2)
    assert info["state"] == "closed" and info["result"] == "notification"
    assert n2 not in queue_numbers(desk.center.queue)

    # nothing of the last person is left for the next
    w.switch_user()
    assert w.stack.currentWidget() is w.lock_label
    assert all(not w.tabs.isTabVisible(i) for i in range(w.tabs.count()))
    assert desk.center.intake.person is None and desk.center.intake.search_edit.text() == ""
    assert w.look_up(n2) is None
    assert desk.center.intake.docs.count() and all(
        desk.center.intake.docs.item(i).checkState() == Qt.CheckState.Unchecked
        for i in range(desk.center.intake.docs.count())
    )
