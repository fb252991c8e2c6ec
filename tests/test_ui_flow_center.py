"""Services 2-4 via the Center, through every tab: intake and receipt, dispatch, the office
clerk, the head, the executor, back to the Center and issued — with a refusal and a
head's return for rework on the way."""

from __future__ import annotations

import pytest
from conftest import make_person
from ui_work import Desk, app, select

from desk_app.core.models import Movement, RefusalGround, Step

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def test_three_services_via_the_center_to_their_results(qtbot, users, printed, answers):
    desk = Desk(qtbot, users)
    admin = users["admin"]
    p2 = make_person(admin, surname="Серікбаев", name="Ерлан", patronymic="Болатұлы", sex="M")
    p3 = make_person(
        admin, surname="Қасымова", name="Айгүл", patronymic="", disability_group=2, disability_cause="general"
    )
    p4 = make_person(
        admin,
        surname="Иванов",
        name="Сергей",
        patronymic="Николаевич",
        sex="M",
        disability_group=1,
        disability_cause="general",
    )
    n2 = desk.intake(desk.center.intake, p2, 2, other="Әскери билет")
    n3 = desk.intake(desk.center.intake, p3, 3)
    n4 = desk.intake(desk.center.intake, p4, 4, documents="all")
    assert printed == [(n2, "receipt"), (n3, "receipt"), (n4, "receipt")]
    for n in (n2, n3, n4):
        assert app(n).state == "dispatch"
        desk.dispatch_and_register(n)
        desk.assign(n, "executor")
    # the load of the executor shows in the head's list
    desk.head.refresh()
    loads = {
        desk.head.loads.item(r, 0).text(): desk.head.loads.item(r, 1).text()
        for r in range(desk.head.loads.rowCount())
    }
    assert loads[users["executor"].full_name] == "3" and loads[users["executor2"].full_name] == "0"

    # service 2: notification, returned once by the head, then signed
    desk.prepare(n2)
    desk.return_for_rework(n2, "Кезеңдердің күндерін тексеріңіз")
    tab = desk.executor_select(n2)
    assert "prepare" in tab.offered and "Кезеңдердің күндерін" in tab.info_label.text()
    desk.prepare(n2)
    # service 3: a reasoned refusal; service 4: notification; signed together as a batch
    desk.refuse(n3, ["contraindications"], "ДКК қорытындысы бойынша протездеуге қарсы көрсетілім бар")
    desk.prepare(n4)
    desk.sign(n2, n3, n4)
    for n in (n2, n3, n4):
        desk.deliver(n)
        assert app(n).state == "in_transit"
    for n, who in ((n2, "Серікбаев Е. Б."), (n3, "Қасымова А. (сенімхат бойынша)"), (n4, "Иванов С. Н.")):
        desk.arrive_and_issue(n, who)
        a = app(n)
        assert a.state == "closed" and a.issued_to == who
        assert [m.kind for m in Movement.select().where(Movement.application == a).order_by(Movement.id)] == [
            "sent_to_body",
            "result_at_center",
        ]
    assert (app(n2).result, app(n3).result, app(n4).result) == ("notification", "refusal", "notification")
    assert printed[3:] == [(n2, "notification"), (n3, "refusal"), (n4, "notification")]
    assert [g.code for g in RefusalGround.select().where(RefusalGround.application == app(n3))] == [
        "contraindications"
    ]
    assert app(n3).refusal_reasoning.startswith("ДКК")
    outcomes = [s.outcome for s in Step.select().where(Step.application == app(n2)).order_by(Step.id)]
    assert outcomes == [
        "accepted",
        "sent",
        "registered",
        "assigned",
        "notification",
        "returned",
        "notification",
        "signed",
        "sent_to_center",
        "issued",
    ]


def test_result_in_transit_cannot_be_issued_before_it_arrives(qtbot, users, printed):
    desk = Desk(qtbot, users)
    p = make_person(users["admin"])
    n = desk.intake(desk.center.intake, p, 3)
    desk.dispatch_and_register(n)
    desk.assign(n, "executor2")
    desk.head.refresh()
    # executor (not executor2) does not see it, and cannot act on it
    desk.executor.refresh()
    assert not desk.executor.queue.select_number(n)
    desk.head.pages.setCurrentIndex(1)
    select(desk.head.at_executors, n)
    combo = desk.head.reassign_combo
    combo.setCurrentIndex(combo.findData(users["executor"].id))
    assert desk.head.reassign_selected() == 1
    assert app(n).executor_id == users["executor"].id
    desk.prepare(n)
    desk.sign(n)
    desk.deliver(n)
    select(desk.center.queue, n)
    assert not desk.center.issue_button.isEnabled()
    desk.center.issued_to_edit.setText("Әбдірахманова Г.")
    assert not desk.center.issue_selected()
    assert "келмеген" in desk.center.last_message
    assert app(n).state == "in_transit"
