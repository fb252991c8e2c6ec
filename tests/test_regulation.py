"""The regulation is data: wordings chosen by submission day, steps as the digest's tables."""

import copy
import datetime as dt
import json

import pytest

from desk_app.core import workflow
from desk_app.core.errors import ValidationError
from desk_app.core.overrides import regulations
from desk_app.core.paths import resources_dir
from desk_app.core.regulation import Regulations, parse_wording

SRC = resources_dir() / "regulations" / "kzo-251-2012-486.json"


def test_steps_as_the_digest_tables():
    w = regulations().in_force(dt.date(2026, 1, 1))
    s1 = w.service(1)
    assert [(s.no, s.role, s.limit, s.unit) for s in s1.steps] == [
        (1, "executor", 15, "minutes"),
        (2, "executor", 15, "minutes"),
        (3, "executor", 9, "calendar_days"),
        (4, "head", 1, "calendar_days"),
    ]
    s2 = w.service(2)
    assert [(s.no, s.limit, s.unit, s.counted) for s in s2.steps] == [
        (1, 30, "minutes", True),
        (2, 1, "calendar_days", False),
        (3, 30, "minutes", True),
        (4, 1, "calendar_days", True),
        (5, 18, "calendar_days", True),
        (6, 1, "calendar_days", True),
        (7, 1, "calendar_days", False),
        (8, None, None, False),
    ]
    for n in (3, 4):
        svc = w.service(n)
        assert [(s.limit, s.unit) for s in svc.steps][:7] == [
            (30, "minutes"),
            (1, "working_days"),
            (30, "minutes"),
            (1, "working_days"),
            (8, "working_days"),
            (1, "working_days"),
            (1, "working_days"),
        ]
        assert [g.code for g in svc.grounds] == [
            "contraindications",
            "documents_missing",
            "false_information",
            "employer_fault",
        ]
    assert [s.role for s in s2.steps] == [
        "center_inspector",
        "dispatch_inspector",
        "office_clerk",
        "head",
        "executor",
        "head",
        "executor",
        "center_inspector",
    ]
    assert [s.no for s in s2.path("direct")] == [3, 4, 5, 6, 7]
    assert all(d.to_confirm for d in s2.documents)
    assert s1.name.kk.startswith("Жұмыссыз") and s1.name.ru.startswith("Регистрация")


def _second_wording(start: str):
    data = json.loads(SRC.read_text("utf-8"))
    new = copy.deepcopy(data)
    new["code"] = "test-2027"
    new["effective_from"] = start
    for svc in new["services"]:
        for st in svc["steps"]:
            if st["no"] == 5 and svc["no"] in (3, 4):
                st["limit"] = 5
    return parse_wording(data), parse_wording(new)


def test_wording_in_force_on_submission_day():
    old, new = _second_wording("2027-01-01")
    regs = Regulations([old, new])
    assert regs.in_force(dt.date(2026, 12, 31)).code == old.code
    assert regs.in_force(dt.date(2027, 1, 1)).code == "test-2027"
    with pytest.raises(ValidationError):
        regs.in_force(dt.date(2011, 1, 1))


def test_application_keeps_its_wording(users, person, monkeypatch):
    old, new = _second_wording("2026-11-10")
    regs = Regulations([old, new])
    monkeypatch.setattr(workflow, "regulations", lambda: regs)
    a = workflow.submit(person, 3, "direct", users["office_clerk"], at=dt.datetime(2026, 11, 9, 10))
    b = workflow.submit(person, 3, "direct", users["office_clerk"], at=dt.datetime(2026, 11, 10, 10))
    assert (a.wording, b.wording) == (old.code, "test-2027")
    # 5 working days instead of 8 shortens the promised term by three working days
    assert b.term_due_at - a.term_due_at < dt.timedelta(days=0)
    # steps of the first application still follow its own wording
    for app in (a, b):
        workflow.assign(app, users["head"], users["executor"], dt.datetime(2026, 11, 10, 11))
    ra = workflow.open_step(a)
    rb = workflow.open_step(b)
    assert (ra.due_at - rb.due_at).days == 3


def test_one_table_of_result_movement_and_role_names_in_every_wording():
    """Every code the engine stores has its kk/ru name in the wording's data, nowhere else."""
    from desk_app.core.auth import ALL_ROLES
    from desk_app.core.scanning import MOVEMENT_OF_STEP

    for w in regulations().wordings:
        for group, codes in (
            ("results", workflow.RESULTS),
            ("movements", tuple(MOVEMENT_OF_STEP.values())),
            ("roles", ALL_ROLES),
        ):
            for code in codes:
                name = w.name(group, code)
                assert name.kk and name.ru and name.kk != code, (w.code, group, code)
    w = regulations().in_force(dt.date(2026, 1, 1))
    assert w.name("results", "refusal").ru == "мотивированный отказ"
    assert w.name("movements", "old_kind").get("ru") == "old_kind"  # an unknown code names itself


def test_names_are_versioned_with_the_wording():
    old, new = _second_wording("2027-01-01")
    data = json.loads(SRC.read_text("utf-8"))
    data["code"], data["effective_from"] = "test-2028", "2028-01-01"
    data["results"]["refusal"] = {"kk": "бас тарту", "ru": "отказ"}
    regs = Regulations([old, new, parse_wording(data)])
    assert regs.name("results", "refusal", "ru", dt.date(2027, 6, 1)) == "мотивированный отказ"
    assert regs.name("results", "refusal", "ru", dt.date(2028, 6, 1)) == "отказ"
    assert regs.name("results", "refusal", "kk", dt.date(2028, 6, 1)) == "бас тарту"
