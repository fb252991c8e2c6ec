"""The Center head's board (R2-R4 p.17): its contents, and that no write action is reachable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTabBar, QTableWidget
from safe_flow import step_once, submit
from ui_work import session_for

from desk_app.core import center_board, deadlines, workflow
from desk_app.core.errors import TransitionError
from desk_app.core.models import Application, Step
from desk_app.core.office_calendar import load_calendar

T0 = dt.datetime(2026, 3, 2, 10, 0)  # a Monday
H = dt.timedelta(hours=1)


def arrive(app, users, at):
    """The office clerk's arrival scan. On a branch whose engine still opens no row for the
    clerk's step after the dispatch (the lead's change in progress), the row it will open is
    put in first, exactly as the finished engine does: started at the arrival."""
    app = Application.get_by_id(app.id)
    try:
        return workflow.register_received(app, users["office_clerk"], at, payload=app.number)
    except TransitionError:
        step = workflow.service_of(app).step(app.current_step)
        Step.create(
            application=app,
            no=step.no,
            role=step.role,
            started_at=at,
            due_at=deadlines.step_due(step, at, load_calendar()),
            counted=step.counted,
        )
        return workflow.register_received(app, users["office_clerk"], at, payload=app.number)


def to_preparation(users, person, service=3, at=T0):
    """Submitted at `at`, dispatched an hour later, arrived two hours after that (3 h in the
    not-counted step 2 and its travel), assigned: waiting at the executor's step 5."""
    app = submit(users, person, service=service, channel="center", at=at)
    workflow.dispatch(app, users["dispatch_inspector"], at + H, payload=app.number)
    app = arrive(app, users, at + 3 * H)
    return workflow.assign(app, users["head"], users["executor"], at + 4 * H)


def test_rule_two_late_and_at_risk(users, person):
    app = to_preparation(users, person)
    term = app.term_due_at - app.submitted_at
    # one hour before the term ends: the clock shows 3 h less (step 2 and its travel): at risk
    b = center_board.board(app.term_due_at - H)
    assert [r.number for r in b.at_risk] == [app.number] and not b.late
    # two hours after it: the clock is still an hour short of the term — not late
    b = center_board.board(app.term_due_at + 2 * H)
    assert not b.late and [r.number for r in b.at_risk] == [app.number]
    # four hours after it: late
    b = center_board.board(app.term_due_at + 4 * H)
    assert [r.number for r in b.late] == [app.number] and not b.at_risk
    # early in the term: neither
    b = center_board.board(app.submitted_at + term / 2)
    assert not b.late and not b.at_risk


def test_direct_applications_are_not_on_the_board(users, person):
    app = submit(users, person, service=3, channel="direct", at=T0)
    b = center_board.board(app.term_due_at + 30 * 24 * H)
    assert not (b.late or b.at_risk or b.in_transit or b.awaiting_issue)


def test_folders_in_transit_past_step_two(users, person):
    slow = submit(users, person, service=2, channel="center", at=T0)
    workflow.dispatch(slow, users["dispatch_inspector"], T0 + H, payload=slow.number)
    fresh = submit(users, person, service=2, channel="center", at=T0 + 24 * H)
    workflow.dispatch(fresh, users["dispatch_inspector"], T0 + 25 * H, payload=fresh.number)
    waiting = submit(users, person, service=2, channel="center", at=T0)  # never dispatched
    sent_row = Step.get(Step.application == slow.id, Step.no == 2)
    at = sent_row.due_at + H
    assert Step.get(Step.application == fresh.id, Step.no == 2).due_at > at
    b = center_board.board(at)
    assert [r.number for r in b.in_transit] == [slow.number]
    assert b.in_transit[0].since == T0 + H and b.in_transit[0].due == sent_row.due_at
    assert waiting.number not in [r.number for r in b.in_transit]
    # the arrival scan takes it off the list
    arrive(slow, users, at)
    assert center_board.board(at + H).in_transit == []
    # transit is outside the term: the slow folder is not late for it
    assert slow.number not in [r.number for r in center_board.board(at).late]


def test_results_waiting_for_issue(users, person):
    app = to_preparation(users, person, service=4)
    t = T0 + 5 * H
    while Application.get_by_id(app.id).state != workflow.IN_TRANSIT:
        t += H
        app = step_once(app, users, t)
    app = Application.get_by_id(app.id)
    assert workflow.service_of(app).step(app.current_step).kind == "issue"
    b = center_board.board(t + H)
    assert [(r.number, r.status) for r in b.awaiting_issue] == [(app.number, center_board.RESULT_TRAVELLING)]
    workflow.result_arrived(app, users["center_inspector"], t + 2 * H, payload=app.number)
    b = center_board.board(t + 3 * H)
    assert [(r.number, r.status) for r in b.awaiting_issue] == [(app.number, center_board.AT_CENTER)]
    assert b.awaiting_issue[0].since == t + 2 * H
    workflow.issue(app, users["center_inspector"], "өзі", t + 4 * H)
    assert center_board.board(t + 5 * H).awaiting_issue == []


TRANSITIONS = (
    "submit",
    "dispatch",
    "register_received",
    "result_arrived",
    "issue",
    "assign",
    "reassign",
    "decide_card",
    "prepare",
    "sign",
    "return_for_rework",
    "deliver",
    "inform",
)


def test_tab_is_read_only(qtbot, users, person, monkeypatch):
    from desk_app.core import complaints
    from desk_app.ui.tabs import TAB_CLASSES
    from desk_app.ui.tabs.center_head_tab import CenterHeadTab

    assert TAB_CLASSES["center_head"] is CenterHeadTab
    slow = submit(users, person, service=2, channel="center", at=T0)
    workflow.dispatch(slow, users["dispatch_inspector"], T0 + H, payload=slow.number)
    app = to_preparation(users, person)
    called: list[str] = []
    for name in TRANSITIONS:
        if hasattr(workflow, name):
            monkeypatch.setattr(workflow, name, lambda *a, _n=name, **k: called.append(_n))
    for name in ("register", "answer"):
        monkeypatch.setattr(complaints, name, lambda *a, _n=name, **k: called.append(_n))
    monkeypatch.setattr(center_board, "now", lambda: app.term_due_at + 4 * H)
    tab = CenterHeadTab(session_for(users["center_head"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.isEnabled()
    assert tab.late_table.rowCount() == 1 and tab.late_table.item(0, 0).text() == app.number
    assert tab.transit_table.rowCount() == 1
    assert tab.transit_table.item(0, 0).text() == slow.number
    # nothing to press, nothing to edit, no context action
    buttons = [
        b
        for b in tab.findChildren(QAbstractButton)
        if b.isEnabled() and b.isVisibleTo(tab) and not isinstance(b.parent(), QTabBar)
    ]  # the page bar's scroll arrows only move
    assert buttons == []
    assert tab.actions() == [] and all(not w.actions() for w in tab.findChildren(QTableWidget))
    for t in tab.findChildren(QTableWidget):
        assert t.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        for r in range(t.rowCount()):
            t.selectRow(r)
            pos = t.visualItemRect(t.item(r, 0)).center()
            qtbot.mouseDClick(t.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    # a scan on this tab is not taken (the window shows the status look-up)
    assert tab.handle_scan(app.number) is False
    assert called == []


def test_other_roles_see_nothing_and_center_head_cannot_act(users, person):
    from desk_app.core.errors import PermissionDenied

    app = submit(users, person, service=2, channel="center", at=T0)
    with pytest.raises(PermissionDenied):
        workflow.dispatch(app, users["center_head"], T0 + H, payload=app.number)
    with pytest.raises(PermissionDenied):
        submit(
            {**users, "center_inspector": users["center_head"]}, person, service=2, channel="center", at=T0
        )


def test_tab_refuses_other_users(qtbot, users, person):
    from desk_app.ui.tabs.center_head_tab import CenterHeadTab

    to_preparation(users, person)
    tab = CenterHeadTab(session_for(users["head"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.acting_user() is None and tab.late_table.rowCount() == 0
