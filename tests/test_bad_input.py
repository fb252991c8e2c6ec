"""Bad input of every shape: refused with a KenseError (kk, ru, field), never half-written."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safe_flow import fast_pins  # noqa: F401, E402

from desk_app.core import cards, iin, workflow
from desk_app.core.errors import KenseError
from desk_app.core.models import Application, AuditLog, NuclearPeriod, Person

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text of every kind: Kazakh/Russian letters, digits, control and NUL characters, emoji,
# right-to-left marks, very long strings.
any_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet="әғқңөұүһіАБВабв0123456789 -'\x00\t\n\u200f\u0301", max_size=130),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "Ким\x00",
            "a" * 5000,
            "ß" * 100,
            "İ" * 100,
            "Әбдірахманова",
            "١٢٣٤٥٦٧٨٩٠١٢",
            "８４０３２１４５０１２３",
        ]
    ),
)
any_value = st.one_of(
    any_text,
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _counts() -> tuple[int, ...]:
    return (
        Person.select().count(),
        NuclearPeriod.select().count(),
        Application.select().count(),
        AuditLog.select().count(),
    )


def _assert_kense(e: Exception) -> None:
    assert isinstance(e, KenseError), f"{type(e).__name__}: {e}"
    assert e.kk and e.ru and e.field, e


def _valid_card(**over):
    born = dt.date(1980, 5, 17)
    code = None
    serial = 1
    while code is None:
        code = iin.make(born, "M", serial)
        serial += 1
    return {
        "iin": code,
        "surname": "Жақсылықов",
        "name": "Ерлан",
        "patronymic": "Серікұлы",
        "birth_date": born,
        "sex": "M",
        **over,
    }


@given(value=any_text)
@SETTINGS
def test_iin_parse(value):
    try:
        info = iin.parse(value)
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
        assert e.field == "iin"
    else:
        assert len(info.iin) == 12 and info.iin.isascii()


@given(number=st.one_of(any_text, st.from_regex(r"\A20[0-9]{2}-[0-9]{6}\Z")))
@SETTINGS
def test_scanned_payloads_for_get_application(db, users, person, number):
    before = _counts()
    try:
        workflow.get_application(number)
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
    assert _counts() == before


CARD_KEYS = [
    "iin",
    "surname",
    "name",
    "patronymic",
    "birth_date",
    "sex",
    "address",
    "phone",
    "education",
    "profession",
    "last_employment",
    "disability_group",
    "disability_cause",
    "employer",
    "rehab_items",
    "contraindications",
    "compensation_paid_on",
    "nuclear_periods",
]


@given(changes=st.dictionaries(st.sampled_from(CARD_KEYS), any_value, min_size=1, max_size=4))
@SETTINGS
def test_create_person_with_bad_fields(db, users, changes):
    before = _counts()
    try:
        p = cards.create_person(_valid_card(**changes), users["admin"])
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
        assert _counts() == before
    else:
        assert _counts()[0] == before[0] + 1
        Person.get_by_id(p.id)  # readable back
        p.delete_instance(recursive=True)


@given(changes=st.dictionaries(st.sampled_from(CARD_KEYS[1:-1]), any_value, min_size=1, max_size=4))
@SETTINGS
def test_update_person_with_bad_fields(db, users, person, changes):
    before = _counts()
    fresh = Person.get_by_id(person.id)
    try:
        cards.update_person(person.id, changes, users["admin"], version=fresh.version)
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
        assert _counts() == before
        assert Person.get_by_id(person.id).version == fresh.version


@given(
    born=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
    sex=st.sampled_from(["M", "F", "m", "X", ""]),
    serial=st.integers(0, 9999),
    claimed=st.one_of(st.none(), st.dates(), any_text),
)
@SETTINGS
def test_iin_birth_date_and_sex_must_agree(db, users, born, sex, serial, claimed):
    code = iin.make(born, sex.upper() if sex.upper() in "MF" and sex else "M", serial)
    if code is None:
        return
    before = _counts()
    try:
        p = cards.create_person(_valid_card(iin=code, birth_date=claimed, sex=sex), users["admin"])
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
        assert _counts() == before
    else:
        assert p.birth_date == born
        p.delete_instance(recursive=True)


@given(
    service=st.one_of(st.integers(-3, 9), any_value),
    channel=any_value,
    docs=st.lists(st.tuples(st.one_of(st.none(), any_text), any_text), max_size=3),
    place=any_text,
)
@SETTINGS
def test_submit_with_bad_input(db, users, person, service, channel, docs, place):
    before = _counts()
    try:
        workflow.submit(
            person,
            service,
            channel,
            users["center_inspector"],
            docs,
            at=dt.datetime(2026, 3, 2, 10),
            place_of_issue=place,
        )
    except Exception as e:  # noqa: BLE001
        _assert_kense(e)
        assert _counts() == before
    else:
        Application.delete().execute()


@pytest.mark.parametrize(
    "payload",
    [
        "2026-000001\x00",
        "2026-000001' OR 1=1 --",
        "\x00",
        "2026-" + "9" * 500,
        " 2026-000001 ",
        "٢٠٢٦-٠٠٠٠٠١",
    ],
)
def test_scanner_garbage_examples(db, users, person, payload):
    from safe_flow import submit

    submit(users, person, 2, "center")
    try:
        app = workflow.get_application(payload)
    except KenseError as e:
        assert e.field == "number"
    else:
        assert app.number == "2026-000001" and payload.strip() == app.number


@given(
    grounds=st.one_of(st.lists(any_value, max_size=3), any_text),
    reasoning=any_value,
    note=any_value,
    issued_to=any_value,
    payload=any_value,
)
@settings(SETTINGS, max_examples=15)
def test_later_steps_with_bad_text(db, users, person, grounds, reasoning, note, issued_to, payload):
    """Refusal grounds and reasoning, a return note, the receiver's name, scanner payloads."""
    from safe_flow import run_to_end, submit

    app = run_to_end(submit(users, person, 2, "center"), users, stop_kind="dispatch")
    t = dt.datetime(2026, 3, 3, 10)
    calls = [
        lambda: workflow.dispatch(app, users["dispatch_inspector"], t, payload=payload),
        lambda: workflow.register_received(app, users["office_clerk"], t, payload=payload),
        lambda: workflow.assign(app, users["head"], users["executor"], t),
        lambda: workflow.prepare(app, users["executor"], "refusal", grounds, reasoning, t),
        lambda: workflow.return_for_rework(app, users["head"], note, t),
        lambda: workflow.prepare(app, users["executor"], "notification", at=t),
        lambda: workflow.sign(app, users["head"], t),
        lambda: workflow.deliver(app, users["executor"], t),
        lambda: workflow.result_arrived(app, users["center_inspector"], t, payload=payload),
        lambda: workflow.issue(app, users["center_inspector"], issued_to, t),
    ]
    for call in calls:
        before = _counts()
        version = Application.get_by_id(app.id).version
        try:
            call()
        except Exception as e:  # noqa: BLE001
            _assert_kense(e)
            assert _counts() == before and Application.get_by_id(app.id).version == version
    from desk_app.core.safety.check import run_check

    assert run_check().workflow == []


KK_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
kk_word = st.text(alphabet=KK_LETTERS, min_size=1, max_size=20)


@given(
    surname=st.lists(kk_word, min_size=1, max_size=2).map("-".join),
    name=kk_word,
    patronymic=st.one_of(st.just(""), kk_word),
)
@SETTINGS
def test_good_kazakh_names_round_trip(db, users, surname, name, patronymic):
    """Every well-formed Kazakh or Russian name is accepted and read back exactly."""
    p = cards.create_person(_valid_card(surname=surname, name=name, patronymic=patronymic), users["admin"])
    back = Person.get_by_id(p.id)
    assert (back.surname, back.name, back.patronymic) == (surname, name, patronymic)
    back.delete_instance(recursive=True)
