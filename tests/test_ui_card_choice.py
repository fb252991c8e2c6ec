"""Issue 17, the card on screen is the card acted on: a new search lets go of the chosen
card, the name and IIN stand beside the submit button, and a second open application of
the same service for the same person is asked about first (and audited when accepted)."""

from __future__ import annotations

import json

import pytest
from conftest import make_person
from PySide6.QtCore import Qt
from qt_helpers import press_enter, type_text
from ui_work import session_for

from desk_app.core import open_cases, workflow
from desk_app.core.models import Application, AuditLog
from desk_app.ui.intake import IntakeWidget

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def _docs(service: int):
    svc = workflow.regulations().in_force(workflow.now().date()).service(service)
    return [(d.code, d.text.kk) for d in svc.documents if d.required]


def test_open_applications_and_the_audited_override(users):
    p = make_person(users["admin"])
    clerk = users["center_inspector"]
    first = open_cases.submit_checked(p, 2, "center", clerk, _docs(2))
    assert [a.number for a in open_cases.open_applications(p, 2)] == [first.number]
    assert open_cases.open_applications(p, 3) == []
    with pytest.raises(open_cases.OpenApplicationWarning) as e:
        open_cases.submit_checked(p, 2, "center", clerk, _docs(2))
    assert e.value.open == [first] and first.number in e.value.kk and first.number in e.value.ru
    assert Application.select().where(Application.person == p).count() == 1
    second = open_cases.submit_checked(p, 2, "center", clerk, _docs(2), accept_open=True)
    row = AuditLog.get(AuditLog.action == "application.open_duplicate_override")
    assert row.entity_id == second.number and row.user == "center_inspector"
    assert json.loads(row.after)["open"] == [first.number]
    # another service is no duplicate
    open_cases.submit_checked(p, 3, "center", clerk, _docs(3))


def _intake(qtbot, users) -> IntakeWidget:
    w = IntakeWidget(session_for(users["center_inspector"]), "center_inspector", "center")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_search_that_finds_nothing_lets_go_of_the_chosen_card(qtbot, users, answers, printed):
    akhmetov = make_person(users["admin"], surname="Ахметов", name="Бауыржан", sex="M")
    w = _intake(qtbot, users)
    type_text(w.search_edit, akhmetov.iin)
    press_enter(w.search_edit)
    press_enter(w.results)  # take the hit
    assert w.person is not None and w.person.id == akhmetov.id
    assert w.submit_person_label.text() == f"Ахметов Бауыржан Серікқызы — {akhmetov.iin}"
    w.search_edit.setText("")
    type_text(w.search_edit, "990101399999")  # another IIN, nobody
    press_enter(w.search_edit)
    assert w.results.count() == 0
    assert w.person is None
    assert w.submit_person_label.text() == "Карточка таңдалмаған"
    assert "Ахметов" not in w.person_label.text()
    assert w.submit() is None  # Ctrl+Enter now issues nothing for Ахметов
    assert printed == [] and Application.select().count() == 0


def test_second_open_application_asks_and_is_audited_when_accepted(qtbot, users, answers, printed):
    p = make_person(users["admin"])
    w = _intake(qtbot, users)

    def fill():
        w.choose_person(p)
        w.service_combo.setCurrentIndex(w.service_combo.findData(2))
        for i in range(w.docs.count()):
            if w.docs.item(i).data(Qt.ItemDataRole.UserRole)[1]:
                w.docs.item(i).setCheckState(Qt.CheckState.Checked)

    fill()
    first = w.submit()
    assert first and answers["asked"] == []
    fill()
    answers["replies"] = [False]  # "no": nothing happens
    assert w.submit() is None
    assert len(answers["asked"]) == 1 and first in answers["asked"][0]
    assert Application.select().count() == 1
    answers["replies"] = [True]
    second = w.submit()
    assert second and second != first
    assert AuditLog.select().where(AuditLog.action == "application.open_duplicate_override").count() == 1
