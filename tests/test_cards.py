import datetime as dt

import pytest

from desk_app.core import audit, cards, iin
from desk_app.core.errors import ConcurrencyError, ValidationError
from desk_app.core.models import AuditLog, NuclearPeriod, Person
from desk_app.core.names import fold, phonetic


def data(**kw):
    born = kw.pop("born", dt.date(1990, 7, 14))
    base = {
        "iin": iin.make(born, "M", 321),
        "surname": "Құдайбергенов",
        "name": "Өмірзақ",
        "patronymic": "Ұлықбекұлы",
        "birth_date": born,
        "sex": "M",
    }
    base.update(kw)
    return base


def test_create_and_fold(users):
    p = cards.create_person(data(), users["admin"])
    assert p.surname_key == "құдайбергенов"
    assert fold("ӘБДІРАХМАНОВ") == fold("әбдірахманов")
    assert phonetic("Әбдірахманов") == phonetic("Abdirakhmanov") == phonetic("Абдирахманов")


@pytest.mark.parametrize(
    "field,value",
    [
        ("surname", ""),
        ("surname", "Ив4нов"),
        ("name", "x" * 101),
        ("birth_date", "1990-07-15"),
        ("birth_date", "14.07.1990"),
        ("sex", "F"),
        ("phone", "abc"),
        ("disability_group", "4"),
        ("disability_cause", "space"),
    ],
)
def test_bad_fields_named(users, field, value):
    with pytest.raises(ValidationError) as e:
        cards.create_person(data(**{field: value}), users["admin"])
    assert e.value.field == field
    assert e.value.kk and e.value.ru and e.value.kk != e.value.ru
    assert Person.select().count() == 0 and AuditLog.select().where(
        ~AuditLog.action.startswith("row.")
    ).count() == len(users)


def test_work_injury_needs_employer(users):
    with pytest.raises(ValidationError) as e:
        cards.create_person(data(disability_group=2, disability_cause="work_injury"), users["admin"])
    assert e.value.field == "employer"


def test_bad_period_writes_nothing(users):
    bad = data(
        nuclear_periods=[
            {
                "kind": "resided",
                "zone": "maximal",
                "place": "Семей",
                "date_from": "1960-01-01",
                "date_to": "1950-01-01",
            }
        ]
    )
    with pytest.raises(ValidationError):
        cards.create_person(bad, users["admin"])
    assert Person.select().count() == 0 and NuclearPeriod.select().count() == 0


def test_update_is_audited_and_versioned(users):
    p = cards.create_person(data(), users["admin"])
    p2 = cards.update_person(p.id, {"phone": "+7 701 123 4567"}, users["admin"], p.version)
    assert p2.version == 2 and p2.phone == "+7 701 123 4567"
    row = AuditLog.select().where(AuditLog.action == "card.update").get()
    assert "+7 701 123 4567" in row.after and "phone" in row.before
    with pytest.raises(ConcurrencyError):
        cards.update_person(p.id, {"phone": "+7 702 000 0000"}, users["admin"], p.version)
    assert audit.verify_chain() == []


def test_duplicate_iin(users):
    cards.create_person(data(), users["admin"])
    with pytest.raises(ValidationError) as e:
        cards.create_person(data(surname="Басқа"), users["admin"])
    assert e.value.field == "iin"
