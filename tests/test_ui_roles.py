"""A user without a tab's role cannot act through it; an executor acts only on their own work."""

from __future__ import annotations

import pytest
from conftest import make_person
from ui_work import Desk, app, as_user, select, session_for

from desk_app.core import workflow
from desk_app.ui.session import Session
from desk_app.ui.tabs.center_tab import CenterTab
from desk_app.ui.tabs.executor_tab import ExecutorTab
from desk_app.ui.tabs.head_tab import HeadTab

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def _at_sign(users, person, service=3):
    svc = workflow.regulations().in_force(workflow.now().date()).service(service)
    a = workflow.submit(
        person, service, "direct", users["office_clerk"], [(d.code, "") for d in svc.documents if d.required]
    )
    workflow.assign(a, users["head"], users["executor"])
    workflow.prepare(a, users["executor"], "notification")
    return a


def test_tabs_refuse_a_user_without_their_role(qtbot, users, printed):
    p = make_person(users["admin"])
    a = _at_sign(users, p)
    session = Session()
    head = HeadTab(session)
    qtbot.addWidget(head)
    head.show()
    as_user(session, users["executor"])
    assert not head.isEnabled()  # the tab is greyed out for the executor
    select(head.queue, a.number)
    assert head.sign_selected() == 0
    assert "Басшы" in head.last_message and app(a.number).current_step == 6
    # the head signs in at the same PC: the same tab now acts
    as_user(session, users["head"])
    assert head.isEnabled()
    select(head.queue, a.number)
    assert head.sign_selected() == 1 and app(a.number).result == "notification"

    center = CenterTab(session_for(users["dispatch_inspector"]))
    qtbot.addWidget(center)
    center.intake.choose_person(p)
    assert center.intake.submit() is None and not printed


def test_an_executor_cannot_act_on_another_executors_application(qtbot, users, printed):
    desk = Desk(qtbot, users)
    p = make_person(users["admin"])
    n = desk.intake(desk.clerk.intake, p, 2)
    desk.assign(n, "executor")
    other = ExecutorTab(session_for(users["executor2"]))
    qtbot.addWidget(other)
    other.show()
    other.refresh()
    assert not other.queue.select_number(n)  # not in executor2's own queue
    from desk_app.core import actions

    assert actions.available_actions(n, users["executor2"].id) == set()  # nothing offered
    # even if the panel were forced to offer it, the engine refuses
    other.app, other.offered = actions.application_view(n, users["executor"].id), frozenset({"prepare"})
    assert other.do_positive() is None
    assert "басқа орындаушыға" in other.last_message and app(n).current_step == 5


def test_head_cannot_assign_to_a_non_executor_and_batch_reports_each_failure(qtbot, users, printed, answers):
    desk = Desk(qtbot, users)
    p = make_person(users["admin"])
    n1 = desk.intake(desk.clerk.intake, p, 3)
    n2 = desk.intake(desk.clerk.intake, p, 4)
    desk.assign(n1)
    desk.prepare(n1)
    desk.head.refresh()
    # n1 waits for a signature, n2 for an assignment: "sign" on both signs one, names the other
    from ui_work import _add_selection

    desk.head.queue.reload()
    assert _add_selection(desk.head.queue, n1)
    assert desk.head.step_label.text().startswith(f"{n1}: 6.") and "хабарлама" in desk.head.step_label.text()
    assert _add_selection(desk.head.queue, n2)
    assert desk.head.step_label.text() == "Таңдалды: 2"
    # the engine allows "sign" on one of the two only: the button says so before any press
    assert not desk.head.sign_button.isEnabled() and not desk.head.assign_button.isEnabled()
    assert desk.head.sign_selected() == 1
    assert n2 in desk.head.last_message and app(n1).result == "notification"
    assert app(n2).current_step == 4
