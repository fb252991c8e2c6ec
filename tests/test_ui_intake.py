"""The intake widget: find or open a card from the keyboard, duplicate warnings, submit."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person
from PySide6.QtCore import QDate, Qt
from qt_helpers import type_text
from ui_work import app, press, session_for

from desk_app.core import iin
from desk_app.core.models import AuditLog, Person
from desk_app.ui.intake import IntakeWidget

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def _intake(qtbot, users, role="center_inspector", channel="center") -> IntakeWidget:
    w = IntakeWidget(session_for(users[role]), role, channel)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_offers_only_the_services_of_the_channel(qtbot, users):
    center = _intake(qtbot, users)
    assert [center.service_combo.itemData(i) for i in range(center.service_combo.count())] == [2, 3, 4]
    clerk = _intake(qtbot, users, "office_clerk", "direct")
    assert [clerk.service_combo.itemData(i) for i in range(clerk.service_combo.count())] == [2, 3, 4]
    executor = _intake(qtbot, users, "executor", "direct")
    assert [executor.service_combo.itemData(i) for i in range(executor.service_combo.count())] == [1]


def test_new_card_prefilled_from_iin_and_submitted_from_the_keyboard(qtbot, users, printed):
    w = _intake(qtbot, users)
    code = iin.make(dt.date(1979, 11, 2), "M", 4321)
    w.search_edit.setFocus()
    qtbot.keyClicks(w.search_edit, code)
    press(w.search_edit, Qt.Key.Key_Return)
    assert w.results.count() == 0
    # Alt+Ж opens a new card, with the IIN carried over from the search field
    w.start_new_card()
    f = w.form.ui
    assert f.iinEdit.text() == code
    assert f.birthDateEdit.date() == QDate(1979, 11, 2) and f.sexCombo.currentData() == "M"
    type_text(f.surnameEdit, "Жақсылықов")
    type_text(f.nameEdit, "Нұрсұлтан")
    type_text(f.patronymicEdit, "Серікұлы")
    type_text(f.addressEdit, "Қызылорда қ., Әйтеке би көшесі, 12")
    w.service_combo.setCurrentIndex(w.service_combo.findData(3))
    assert f.groupDisability.isVisibleTo(w) and not f.groupNuclear.isVisibleTo(w)
    f.disabilityGroupCombo.setCurrentIndex(f.disabilityGroupCombo.findData(2))
    w.create_button.setFocus()
    press(w.create_button, Qt.Key.Key_Return)
    person = Person.get(Person.iin == code)
    assert person.surname == "Жақсылықов" and person.disability_group == 2
    assert w.person.id == person.id and not w.card_box.isVisibleTo(w)
    # tick the documents with the space bar, moving down the list
    w.docs.setFocus()
    for _ in range(4):
        press(w.docs, Qt.Key.Key_Space, text=" ")
        press(w.docs, Qt.Key.Key_Down)
    w.other_doc_edit.setFocus()
    type_text(w.other_doc_edit, "Зейнеткер куәлігі")
    press(w.other_doc_edit, Qt.Key.Key_Return)
    w.submit_button.setFocus()
    press(w.submit_button, Qt.Key.Key_Return)
    assert len(printed) == 1
    number, kind = printed[0]
    assert kind == "receipt" and w.last_number == number
    a = app(number)
    assert (a.service, a.channel, a.person_id, a.state) == (3, "center", person.id, "dispatch")
    titles = [d.title for d in a.documents]
    assert len(titles) == 5 and titles[-1] == "Зейнеткер куәлігі"
    assert {d.code for d in a.documents} >= {
        "identity",
        "application",
        "rehab_programme",
        "disability_certificate",
    }
    assert w.person is None and w.focusWidget() is w.search_edit  # ready for the next applicant


def test_search_by_any_part_of_the_name_case_insensitive(qtbot, users):
    p = make_person(users["admin"])  # Әбдірахманова Гүлнұр Серікқызы
    make_person(users["admin"], surname="Иванова", name="Елена", patronymic="")
    w = _intake(qtbot, users)
    type_text(w.search_edit, "ӘБДІР")
    press(w.search_edit, Qt.Key.Key_Return)
    assert w.results.count() == 1 and w.focusWidget() is w.results
    press(w.results, Qt.Key.Key_Return)  # Enter on the found card chooses it
    assert w.person.id == p.id and w.focusWidget() is w.service_combo
    w.search_edit.clear()
    type_text(w.search_edit, "әбдірахманова гүл")
    w.search()
    assert w.results.count() == 1
    w.search_edit.setText(p.iin[:11])
    assert [x.id for x in w.search()] == [p.id]


def test_look_alike_card_warns_and_the_override_is_audited(qtbot, users, printed):
    born = dt.date(1984, 3, 21)
    old = make_person(users["admin"], surname="Әлиев", name="Ерлан", patronymic="", born=born, sex="M")
    w = _intake(qtbot, users, "office_clerk", "direct")
    w.start_new_card()
    f = w.form.ui
    f.iinEdit.setText(iin.make(born, "M", 8888))
    type_text(f.surnameEdit, "Aliev")  # Latin spelling of the same name
    type_text(f.nameEdit, "Erlan")
    w.create_card(False)
    assert w.dup_frame.isVisibleTo(w) and w.override_button.isVisibleTo(w)
    assert w.dup_list.count() == 1 and old.iin in w.dup_list.item(0).text()
    assert Person.select().count() == 1
    w.override_button.click()
    assert Person.select().count() == 2 and w.person.surname == "Aliev"
    row = AuditLog.get(AuditLog.action == "card.duplicate_override")
    assert row.user == "office_clerk" and old.iin in row.after


def test_same_iin_cannot_be_overridden_but_the_existing_card_is_offered(qtbot, users):
    old = make_person(users["admin"])
    w = _intake(qtbot, users)
    w.start_new_card()
    w.form.ui.iinEdit.setText(old.iin)
    type_text(w.form.ui.surnameEdit, "Басқа")
    type_text(w.form.ui.nameEdit, "Адам")
    w.create_card(True)
    assert w.dup_frame.isVisibleTo(w) and not w.override_button.isVisibleTo(w)
    w.use_existing_button.click()
    assert w.person.id == old.id and Person.select().count() == 1


def test_missing_required_documents_are_asked_about(qtbot, users, printed, answers):
    p = make_person(users["admin"])
    w = _intake(qtbot, users)
    w.choose_person(p)
    answers["replies"].append(False)
    assert w.submit() is None and len(answers["asked"]) == 1 and not printed
    number = w.submit()  # the clerk accepts it anyway (a refusal ground later)
    assert number and printed == [(number, "receipt")]


def test_invalid_card_shows_the_error_and_creates_nothing(qtbot, users):
    w = _intake(qtbot, users)
    w.start_new_card()
    w.form.ui.iinEdit.setText("123456789012")
    w.create_card(False)
    assert "ЖСН" in w.status_label.text() and Person.select().count() == 0


def test_user_without_the_role_cannot_submit(qtbot, users, printed):
    p = make_person(users["admin"])
    w = IntakeWidget(session_for(users["executor"]), "center_inspector", "center")
    qtbot.addWidget(w)
    w.choose_person(p)
    w.check_document("identity")
    assert w.submit() is None and not printed
    assert "құқығыңыз жоқ" in w.status_label.text()


def test_new_card_for_service_2_keeps_the_test_site_periods(qtbot, users):
    from PySide6.QtWidgets import QTableWidgetItem

    from desk_app.core.models import NuclearPeriod

    w = _intake(qtbot, users, "office_clerk", "direct")
    w.service_combo.setCurrentIndex(w.service_combo.findData(2))
    w.start_new_card()
    f = w.form.ui
    assert f.groupNuclear.isVisibleTo(w) and not f.groupDisability.isVisibleTo(w)
    f.iinEdit.setText(iin.make(dt.date(1950, 6, 1), "M", 31))
    type_text(f.surnameEdit, "Өтепов")
    type_text(f.nameEdit, "Төлеген")
    w.form.add_period_row({"kind": "resided", "zone": "maximal"})
    f.periodsTable.setItem(0, 2, QTableWidgetItem("Абай ауданы"))
    f.periodsTable.setItem(0, 3, QTableWidgetItem("1950-06-01"))
    f.periodsTable.setItem(0, 4, QTableWidgetItem("1963-12-31"))
    person = w.create_card(False)
    assert person is not None, w.status_label.text()
    np = NuclearPeriod.get(NuclearPeriod.person == person.id)
    assert (np.kind, np.zone, np.place) == ("resided", "maximal", "Абай ауданы")
    assert np.date_to == dt.date(1963, 12, 31)
