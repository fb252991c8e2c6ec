"""Direct applicants at the authorized body: services 2-4 through the office clerk's intake
(talon), the head and the executor to the hand-over; service 1 through the executor's
intake, the card step and the head's decision — and a service 1 refusal."""

from __future__ import annotations

import pytest
from conftest import make_person
from ui_work import Desk, app

from desk_app.core.models import Movement, RefusalGround, Step

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def test_services_2_to_4_direct_to_the_hand_over(qtbot, users, printed, answers):
    desk = Desk(qtbot, users)
    assert desk.clerk.pages.currentWidget() is desk.clerk.intake  # intake page in front
    admin = users["admin"]
    people = {
        2: make_person(admin, surname="Нұрланов", name="Бауыржан", sex="M", patronymic=""),
        3: make_person(
            admin, surname="Өтепова", name="Сәуле", disability_group=3, disability_cause="general"
        ),
        4: make_person(
            admin,
            surname="Петрова",
            name="Ольга",
            patronymic="Сергеевна",
            disability_group=2,
            disability_cause="general",
        ),
    }
    numbers = {s: desk.intake(desk.clerk.intake, p, s) for s, p in people.items()}
    assert printed == [(numbers[s], "talon") for s in (2, 3, 4)]
    for n in numbers.values():
        a = app(n)
        assert (a.channel, a.state, a.current_step) == ("direct", "assignment", 4)
        desk.assign(n)
    desk.prepare(numbers[2])
    desk.refuse(
        numbers[3],
        ["documents_missing", "false_information"],
        "Оңалту бағдарламасынан үзінді жоқ, анықтама жарамсыз",
    )
    desk.prepare(numbers[4])
    desk.return_for_rework(numbers[4], "Құралдар тізімін толықтырыңыз")
    desk.prepare(numbers[4])
    desk.sign(numbers[2], numbers[3], numbers[4])
    for s, n in numbers.items():
        desk.deliver(n, issued_to=people[s].full_name)
        a = app(n)
        assert a.state == "closed" and a.issued_to == people[s].full_name
        assert Movement.select().where(Movement.application == a).count() == 0  # no barcode path
    assert app(numbers[3]).result == "refusal"
    assert {g.code for g in RefusalGround.select().where(RefusalGround.application == app(numbers[3]))} == {
        "documents_missing",
        "false_information",
    }
    assert app(numbers[4]).result == "notification"


def test_service_1_registered_as_unemployed_and_a_refusal(qtbot, users, printed, answers):
    desk = Desk(qtbot, users)
    ex = desk.executor
    assert ex.intake.service_combo.count() == 1
    ok = make_person(
        users["admin"], surname="Түйебаев", name="Айдос", patronymic="", sex="M", profession="дәнекерлеуші"
    )
    bad = make_person(users["admin"], surname="Ким", name="Динара", patronymic="")
    n_ok = desk.intake(ex.intake, ok, 1)
    n_bad = desk.intake(ex.intake, bad, 1, documents="none")
    assert printed == [(n_ok, "talon"), (n_bad, "talon")]
    # step 2: register the card, then prepare the decision for the head
    tab = desk.executor_select(n_ok)
    assert "register_card" in tab.offered and tab.refusal_panel.isVisibleTo(tab)
    assert tab.do_positive() is not None
    tab = desk.executor_select(n_ok)
    assert "prepare" in tab.offered and "Шешім" in tab.positive_button.text()
    assert tab.do_positive() is not None
    # step 2 refusal: grounds from service 1's catalogue only
    tab = desk.executor_select(n_bad)
    assert set(tab.ground_codes()) == {"documents_missing", "false_information"}
    tab.set_ground("documents_missing")
    tab.reasoning_edit.setPlainText("құжат жоқ")  # too short a reasoning is refused
    tab.refuse_button.click()
    assert "дәлел" in tab.last_message.lower() and app(n_bad).current_step == 2
    tab.reasoning_edit.setPlainText("Жеке басын куәландыратын құжат ұсынылмады")
    tab.refuse_button.click()
    assert app(n_bad).current_step == 4 and app(n_bad).prepared_result == "refusal", tab.last_message
    desk.sign(n_ok, n_bad)
    assert (app(n_ok).state, app(n_ok).result) == ("closed", "decision")
    assert (app(n_bad).state, app(n_bad).result) == ("closed", "refusal")
    steps = [s.no for s in Step.select().where(Step.application == app(n_bad)).order_by(Step.id)]
    assert steps == [1, 2, 4]
