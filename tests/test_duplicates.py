"""Likely duplicate cards across Kazakh, Russian and Latin spelling; the audited override."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person

from desk_app.core import iin
from desk_app.core.duplicates import (
    SAME_IIN,
    SAME_NAME_BIRTH,
    DuplicateWarning,
    create_person_checked,
    likely_duplicates,
)
from desk_app.core.models import AuditLog, Person
from desk_app.core.search import find_persons

BORN = dt.date(1990, 5, 17)


@pytest.mark.parametrize(
    "surname,name",
    [("Әлиева", "Әйгерім"), ("Алиева", "Айгерим"), ("Aliyeva", "Aigerim"), ("ALIEVA", "aigerim")],
)
def test_same_birth_date_and_a_name_in_another_script(users, surname, name):
    old = make_person(users["admin"], surname="Әлиева", name="Әйгерім", born=BORN)
    dups = likely_duplicates(iin.make(BORN, "F", 9999), BORN, surname, name)
    assert [(d.person.id, d.reason) for d in dups] == [(old.id, SAME_NAME_BIRTH)]


def test_other_birth_date_or_other_name_is_no_duplicate(users):
    make_person(users["admin"], surname="Әлиева", name="Әйгерім", born=BORN)
    assert likely_duplicates("", BORN + dt.timedelta(days=1), "Алиева", "Айгерим") == []
    assert likely_duplicates("", BORN, "Алиева", "Динара") == []


def test_same_iin_blocks_and_similar_needs_the_override(users):
    old = make_person(users["admin"], surname="Ким", name="Ольга", born=BORN)
    data = {"iin": old.iin, "surname": "Kim", "name": "Olga"}
    with pytest.raises(DuplicateWarning) as e:
        create_person_checked(data, users["office_clerk"], accept_similar=True)
    assert e.value.duplicates[0].reason == SAME_IIN and e.value.field == "iin"
    data["iin"] = iin.make(BORN, "F", 7777)
    with pytest.raises(DuplicateWarning) as e:
        create_person_checked(data, users["office_clerk"])
    assert "ФИО" in e.value.ru and Person.select().count() == 1
    new = create_person_checked(data, users["office_clerk"], accept_similar=True)
    row = AuditLog.get(AuditLog.action == "card.duplicate_override")
    assert row.entity_id == str(new.id) and old.iin in row.after and row.user == "office_clerk"


def test_find_persons_by_iin_prefix_and_name_parts(users):
    a = make_person(users["admin"], surname="Құдайбергенова", name="Іңкәр", patronymic="Ержанқызы")
    make_person(
        users["admin"],
        surname="Құдайбергенов",
        name="Ерлан",
        patronymic="",
        sex="M",
        born=dt.date(1970, 1, 2),
    )
    assert {p.surname for p in find_persons("ҚҰДАЙБЕРГЕН")} == {"Құдайбергенова", "Құдайбергенов"}
    assert [p.id for p in find_persons("құдайбергенова іңк")] == [a.id]
    assert [p.id for p in find_persons(a.iin)] == [a.id]
    assert find_persons("  ") == []
