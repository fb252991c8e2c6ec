"""Plausible data only: birth dates, life dates, one script per name, the same limits
everywhere (cards and `user add`, SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import make_person

from desk_app.core import iin
from desk_app.core import users as users_mod
from desk_app.core.errors import ValidationError
from desk_app.core.models import Person, User


def _refused(fn, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as e:
        fn()
    assert e.value.field == field and e.value.kk and e.value.ru, e.value
    return e.value


def test_a_name_mixing_latin_and_cyrillic_is_refused_naming_the_letter(db, users):
    n = Person.select().count()
    # a Latin letter with no Cyrillic look-alike among Cyrillic ones: refused, the letter named
    e = _refused(lambda: make_person(users["admin"], surname="Zөлеуов"), "surname")
    assert "«Z»" in e.kk and "латын" in e.kk and "«Z»" in e.ru and "латинская" in e.ru
    e = _refused(lambda: make_person(users["admin"], name="Mariж"), "name")
    assert "«ж»" in e.ru and "кириллическая" in e.ru
    assert Person.select().count() == n
    # look-alikes are folded into the word's script (names.one_script): stored in one script
    p = make_person(users["admin"], surname="T" + "өлеуов")  # a Latin T (split: sources stay clean)
    assert p.surname == "Төлеуов"
    make_person(users["admin"], surname="O'Neil", name="John", patronymic="")  # one script: fine


def test_life_dates_neither_to_come_nor_before_birth(db, users):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    born = dt.date(1984, 3, 21)
    e = _refused(lambda: make_person(users["admin"], compensation_paid_on=tomorrow), "compensation_paid_on")
    assert "ещё не наступила" in e.ru
    e = _refused(
        lambda: make_person(users["admin"], compensation_paid_on=dt.date(1980, 1, 1)), "compensation_paid_on"
    )
    assert "раньше даты рождения" in e.ru
    period = {"kind": "resided", "zone": "maximal", "place": "Семей қ."}
    for dates in ({"date_from": "1955-01-01"}, {"date_from": "1990-01-01", "date_to": tomorrow.isoformat()}):
        _refused(
            lambda d=dates: make_person(users["admin"], born=born, nuclear_periods=[{**period, **d}]),
            "nuclear_periods[0]",
        )
    make_person(
        users["admin"], nuclear_periods=[{**period, "date_from": "1984-03-21", "date_to": "1989-12-31"}]
    )


def test_an_iin_of_1850_or_2030_is_refused():
    for born in (dt.date(1850, 1, 1), dt.date(2030, 1, 1)):
        code = next(c for c in (iin.make(born, "M", n) for n in range(20)) if c)
        _refused(lambda c=code: iin.parse(c), "iin")


@pytest.mark.parametrize(
    "field, value",
    [
        ("surname", "Ә" * 10_000),
        ("name", "Нұр\x00лан"),
        ("surname", "Сей\x1bітов"),
        ("surname", "Seitov\u0430"),
        ("patronymic", "ә" * 101),
    ],
)
def test_user_add_has_the_card_limits_on_every_backend(db, users, field, value):
    n = User.select().count()
    data = {"surname": "Сейітов", "name": "Нұрлан", "patronymic": "", field: value}
    _refused(
        lambda: users_mod.create(
            users["admin"], "nurlan", data["surname"], data["name"], ["executor"], "1234", data["patronymic"]
        ),
        field,
    )
    assert User.select().count() == n


def test_user_add_from_the_command_line_refuses_a_long_login(db, users, capsys, stdin_pins):
    from test_check import _url

    from desk_app.cli.main import main

    stdin_pins("0000", "1234")
    assert (
        main(
            [
                "user",
                "add",
                "x" * 65,
                "--surname",
                "Сейітов",
                "--name",
                "Нұрлан",
                "--roles",
                "executor",
                "--db",
                _url(db),
                "--json",
            ]
        )
        == 2
    )
    assert json.loads(capsys.readouterr().out)["field"] == "login"
