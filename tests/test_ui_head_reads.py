"""Issue 17, the head reads before signing: the prepared document beside the queue, one
question for a batch, buttons from the engine's available actions, a step filter, the
executor column, a returned refusal kept for the executor, a confirmed refusal, the
overdue board by lateness, the dispatch register from the dispatch tab."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person
from ui_work import Desk, _add_selection, app, select

from desk_app.core import actions, workflow
from desk_app.core.clock import now
from desk_app.documents.journal import OutgoingEntry, PrintedDocument

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def _docs(service: int):
    svc = workflow.regulations().in_force(now().date()).service(service)
    return [(d.code, d.text.kk) for d in svc.documents if d.required]


def _at_signature(users, person, service=3):
    a = workflow.submit(person, service, "direct", users["office_clerk"], _docs(service))
    a = workflow.assign(a, users["head"], users["executor"])
    return workflow.prepare(a, users["executor"], workflow.service_of(a).positive_result)


def test_available_actions_follow_the_step_and_the_user(users):
    p = make_person(users["admin"])
    a = workflow.submit(p, 3, "direct", users["office_clerk"], _docs(3))
    assert actions.available_actions(a, users["head"]) == {"assign"}
    assert actions.available_actions(a, users["executor"]) == set()
    assert actions.available_actions(a, None) == set()
    a = workflow.assign(a, users["head"], users["executor"])
    assert actions.available_actions(a, users["executor"]) == {"prepare", "refuse"}
    assert actions.available_actions(a, users["executor2"]) == set()  # not theirs
    assert actions.available_actions(a, users["head"]) == {"reassign"}
    a = workflow.prepare(a, users["executor"], "notification")
    assert actions.available_actions(a, users["head"]) == {"sign", "return"}
    b = workflow.submit(p, 4, "direct", users["office_clerk"], _docs(4))
    assert actions.common_actions([a, b], users["head"]) == set()
    assert actions.common_actions([], users["head"]) == set()


def test_signature_queue_shows_the_prepared_document_without_taking_a_number(qtbot, users):
    p = make_person(users["admin"])
    a = _at_signature(users, p)
    desk = Desk(qtbot, users)
    before = (OutgoingEntry.select().count(), PrintedDocument.select().count())
    select(desk.head.queue, a.number)
    preview = desk.head.preview
    assert preview.kind == "notification" and preview.page_count() >= 1
    assert preview.pdf.startswith(b"%PDF") and a.number in preview.title.text()
    assert (OutgoingEntry.select().count(), PrintedDocument.select().count()) == before
    assert desk.head.sign_button.isEnabled() and desk.head.return_button.isEnabled()
    assert not desk.head.assign_button.isEnabled()


def test_batch_sign_asks_once_naming_how_many(qtbot, users, answers):
    p = make_person(users["admin"])
    a, b = _at_signature(users, p, 3), _at_signature(users, p, 4)
    desk = Desk(qtbot, users)
    desk.head.queue.reload()
    assert _add_selection(desk.head.queue, a.number) and _add_selection(desk.head.queue, b.number)
    assert desk.head.sign_button.isEnabled()
    answers["replies"] = [False]
    assert desk.head.sign_selected() == 0
    assert answers["asked"] == ["Таңдалған 2 өтініштің нәтижесіне қол қою керек пе?"]
    assert app(a.number).result is None and app(b.number).result is None
    answers["replies"] = [True]
    assert desk.head.sign_selected() == 2 and len(answers["asked"]) == 2
    assert app(a.number).result == "notification" and app(b.number).result == "notification"


def test_step_filter_and_the_executor_column(qtbot, users):
    p = make_person(users["admin"])
    waiting = workflow.submit(p, 3, "direct", users["office_clerk"], _docs(3))
    signing = _at_signature(users, p, 4)
    working = workflow.assign(
        workflow.submit(p, 2, "direct", users["office_clerk"], _docs(2)), users["head"], users["executor2"]
    )
    desk = Desk(qtbot, users)
    head = desk.head
    head.refresh()

    def shown():
        return {head.queue.model.row_at(r).number for r in range(head.queue.model.rowCount())}

    assert shown() == {waiting.number, signing.number}
    head.step_filter.setCurrentIndex(head.step_filter.findData("sign"))
    assert shown() == {signing.number}
    head.step_filter.setCurrentIndex(head.step_filter.findData("assign"))
    assert shown() == {waiting.number}
    model = head.at_executors.model
    assert model.headers[model.COL_EXECUTOR] == "Орындаушы"
    rows = {
        model.row_at(r).number: model.index(r, model.COL_EXECUTOR).data() for r in range(model.rowCount())
    }
    assert rows[working.number] == users["executor2"].short_name


def test_returned_refusal_keeps_its_reasoning_and_grounds(qtbot, users, answers):
    p = make_person(users["admin"])
    a = workflow.assign(
        workflow.submit(p, 3, "direct", users["office_clerk"], _docs(3)), users["head"], users["executor"]
    )
    desk = Desk(qtbot, users)
    svc = workflow.service_of(a)
    code = svc.grounds[0].code
    reasoning = "ДКК қорытындысы бойынша протездеуге қарсы көрсетілім бар"
    tab = desk.executor_select(a.number)
    tab.set_ground(code)
    tab.reasoning_edit.setPlainText(reasoning)
    answers["replies"] = [False]  # "send the refusal?" — not yet
    assert tab.do_refusal() is None and app(a.number).prepared_result is None
    assert tab.reasoning_edit.toPlainText() == reasoning  # nothing lost by saying no
    assert "бас тартуды" in answers["asked"][0] and a.number in answers["asked"][0]
    assert tab.do_refusal() is not None and app(a.number).prepared_result == "refusal"
    desk.return_for_rework(a.number, "Негіздемені толықтырыңыз")
    tab = desk.executor_select(a.number)
    assert tab.reasoning_edit.toPlainText() == reasoning
    assert tab.checked_grounds() == [code]


def test_overdue_board_shows_the_step_due_and_sorts_by_lateness(qtbot, users):
    p = make_person(users["admin"])
    t = now()
    # a: submitted 60 days ago, assigned at once, so its preparation step is long overdue;
    # b: submitted 40 days ago and never assigned: its assignment step is late too, but less.
    a = workflow.submit(p, 3, "direct", users["office_clerk"], _docs(3), at=t - dt.timedelta(days=60))
    a = workflow.assign(a, users["head"], users["executor"], at=a.submitted_at + dt.timedelta(hours=1))
    b = workflow.submit(p, 4, "direct", users["office_clerk"], _docs(4), at=t - dt.timedelta(days=40))
    desk = Desk(qtbot, users)
    desk.head.refresh()
    board = desk.head.overdue
    rows = [board.row_at(r) for r in range(board.rowCount())]
    assert [r.number for r in rows] == [a.number, b.number]
    for i, r in enumerate(rows):
        assert board.index(i, board.COL_TERM).data() == r.step_due_at.strftime("%d.%m.%Y %H:%M")
    assert board.headers[board.COL_TERM] == "Қадам мерзімі"


def test_dispatch_register_prints_from_the_dispatch_tab(qtbot, users, printed):
    p = make_person(users["admin"])
    desk = Desk(qtbot, users)
    assert desk.dispatch.print_register() is None and printed == []  # nothing sent yet
    a = workflow.submit(p, 3, "center", users["center_inspector"], _docs(3))
    select(desk.dispatch.queue, a.number)
    assert desk.dispatch.mark_selected_sent() == 1
    desk.dispatch.register_button.click()
    assert printed == [(a.number, "register")]
