"""The complaints register (R1-R4 p.18): due dates by the wording's term, roles, audit."""

from __future__ import annotations

import datetime as dt
import json

import holidays
import pytest
from safe_flow import submit

from desk_app.core import complaints, workflow
from desk_app.core.errors import PermissionDenied, TransitionError, ValidationError
from desk_app.core.models import AuditLog, Complaint, User

T0 = dt.datetime(2026, 3, 2, 10, 0)  # a Monday


def _independent_due(received: dt.date, days: int) -> dt.date:
    """15 calendar days from the day after receipt; a day off at the end moves to the next
    working day (weekends and the KZ public holidays, without the office calendar)."""
    kz = holidays.country_holidays("KZ", years=[received.year, received.year + 1])
    day = received + dt.timedelta(days=days)
    while day.weekday() >= 5 or day in kz:
        day += dt.timedelta(days=1)
    return day


def test_term_is_data_and_flagged_to_confirm(db):
    term = workflow.regulations().in_force(T0.date()).complaint_answer
    assert term is not None and term.to_confirm
    assert (term.limit, term.unit) == (15, "calendar_days")


@pytest.mark.parametrize(
    "received", [dt.date(2026, 3, 2), dt.date(2026, 3, 7), dt.date(2026, 3, 6), dt.date(2026, 4, 11)]
)
def test_register_sets_the_answer_due_across_days_off(users, person, received):
    app = submit(users, person, service=1, channel="direct", at=T0)
    c = complaints.register(
        app,
        users["executor"],
        received,
        "Әбдірахманова Г.С.",
        "Талон берілмеді, мерзімі туралы сұрақ",
        "Уәкілетті органның басшысы",
        at=dt.datetime(2026, 5, 1, 12),
    )
    term = workflow.wording_of(app).complaint_answer
    expect = _independent_due(received, term.limit)
    assert c.answer_due_at == dt.datetime.combine(expect, dt.time(23, 59, 59))
    assert expect.weekday() < 5


def test_weekend_end_moves_to_monday(users, person):
    app = submit(users, person, service=1, channel="direct", at=T0)
    # 07.03.2026 (Sat) + 15 = 22.03.2026, a Sunday inside Nauryz: moves past the holidays
    c = complaints.register(
        app, users["head"], dt.date(2026, 3, 7), "Өзі", "Нәтиже туралы", at=dt.datetime(2026, 3, 9, 9)
    )
    assert c.answer_due_at.date() > dt.date(2026, 3, 22)
    assert c.answer_due_at.date() == _independent_due(dt.date(2026, 3, 7), 15)


def test_register_and_answer_are_audited(users, person):
    app = submit(users, person, service=1, channel="direct", at=T0)
    c = complaints.register(
        app,
        users["office_clerk"],
        dt.date(2026, 3, 3),
        "Өзі",
        "Қызметкердің әдепсіздігі туралы",
        "Уәкілетті органның басшысы",
        at=dt.datetime(2026, 3, 3, 11),
    )
    row = AuditLog.select().where(AuditLog.action == "complaint.register").get()
    assert row.entity == "complaint" and row.entity_id == str(c.id)
    assert row.user == "office_clerk"
    after = json.loads(row.after)
    assert after["application"] == app.number and after["subject"].startswith("Қызметкердің")
    c = complaints.answer(
        c,
        users["head"],
        "Түсіндірме берілді, қызметкерге ескерту жасалды.",
        dt.date(2026, 3, 10),
        at=dt.datetime(2026, 3, 10, 15),
    )
    assert c.answered_on == dt.date(2026, 3, 10) and c.answered_by_id == users["head"].id
    row = AuditLog.select().where(AuditLog.action == "complaint.answer").get()
    assert json.loads(row.before)["answered_on"] is None
    assert json.loads(row.after)["answered_on"] == "2026-03-10"
    assert not complaints.is_late(c)
    with pytest.raises(TransitionError):
        complaints.answer(c, users["head"], "Тағы бір жауап", at=dt.datetime(2026, 3, 11, 9))
    from desk_app.core.audit import verify_chain

    assert verify_chain() == []


def test_roles(users, person):
    app = submit(users, person, service=1, channel="direct", at=T0)
    for login in ("head", "executor", "office_clerk", "center_inspector"):
        complaints.register(
            app, users[login], dt.date(2026, 3, 3), "Өзі", "Мерзім туралы", at=dt.datetime(2026, 3, 3, 11)
        )
    for login in ("dispatch_inspector", "admin"):
        with pytest.raises(PermissionDenied):
            complaints.register(
                app, users[login], dt.date(2026, 3, 3), "Өзі", "Мерзім туралы", at=dt.datetime(2026, 3, 3, 11)
            )
    c = complaints.of_application(app)[0]
    for login in ("executor", "office_clerk", "center_inspector", "admin"):
        with pytest.raises(PermissionDenied):
            complaints.answer(c, users[login], "Жауап берілді", at=dt.datetime(2026, 3, 4, 9))
    assert Complaint.select().count() == 4


def test_bad_input_is_refused_in_both_languages(users, person):
    app = submit(users, person, service=1, channel="direct", at=T0)
    at = dt.datetime(2026, 3, 5, 9)
    cases = [
        dict(received_on=dt.date(2026, 3, 1), from_whom="Өзі", subject="Мерзім туралы"),  # before
        dict(received_on=dt.date(2026, 3, 6), from_whom="Өзі", subject="Мерзім туралы"),  # future
        dict(received_on="not a date", from_whom="Өзі", subject="Мерзім туралы"),
        dict(received_on=dt.date(2026, 3, 4), from_whom="", subject="Мерзім туралы"),
        dict(received_on=dt.date(2026, 3, 4), from_whom="Өзі", subject="ә"),
        dict(received_on=dt.date(2026, 3, 4), from_whom="Өз\x00і", subject="Мерзім туралы"),
    ]
    for kw in cases:
        with pytest.raises(ValidationError) as e:
            complaints.register(app, users["head"], at=at, **kw)
        assert e.value.kk and e.value.ru and e.value.field
    assert Complaint.select().count() == 0
    c = complaints.register(app, users["head"], dt.date(2026, 3, 4), "Өзі", "Мерзім туралы", at=at)
    with pytest.raises(ValidationError):
        complaints.answer(c, users["head"], "Жауап берілді", dt.date(2026, 3, 3), at=at)
    with pytest.raises(ValidationError):
        complaints.answer(c, users["head"], "", at=at)


def test_open_board_lists_open_and_late_first(users, person):
    app = submit(users, person, service=1, channel="direct", at=T0)
    on_time = complaints.register(
        app, users["head"], dt.date(2026, 3, 20), "Өзі", "Кезек туралы", at=dt.datetime(2026, 3, 20, 9)
    )
    late = complaints.register(
        app, users["head"], dt.date(2026, 3, 3), "Өзі", "Мерзім туралы", at=dt.datetime(2026, 3, 3, 9)
    )
    done = complaints.register(
        app, users["head"], dt.date(2026, 3, 3), "Өзі", "Құжаттар туралы", at=dt.datetime(2026, 3, 3, 9)
    )
    complaints.answer(
        done, users["head"], "Жауап берілді", dt.date(2026, 3, 5), at=dt.datetime(2026, 3, 5, 9)
    )
    at = dt.datetime(2026, 3, 25, 9)
    rows = complaints.open_board(at)
    assert [r.complaint_id for r in rows] == [late.id, on_time.id]
    assert rows[0].late and not rows[1].late
    assert complaints.is_late(late, at) and not complaints.is_late(on_time, at)
    # answered after the due day: late, and listed among the late answers
    late = complaints.answer(late, users["head"], "Кешіктіріп жауап берілді", dt.date(2026, 3, 25), at=at)
    assert complaints.is_late(late, at)
    assert [c.id for c in complaints.late_answered(at)] == [late.id]


def _expected_month(year: int, month: int) -> dict[str, int]:
    """An independent count from the rows, by the definitions in reports/monthly.py."""
    first = dt.date(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    last = (end - dt.timedelta(days=1)).date()
    out = {"received": 0, "answered": 0, "open_at_end": 0, "late": 0}
    for c in Complaint.select():
        if c.created_at >= end:
            continue
        answered_by_end = c.answered_on is not None and c.answered_on <= last
        is_open = c.received_on <= last and not answered_by_end
        answered_in = c.answered_on is not None and first <= c.answered_on <= last
        out["received"] += first <= c.received_on <= last
        out["answered"] += answered_in
        out["open_at_end"] += is_open
        if c.answer_due_at is not None and (
            (answered_in and c.answered_on > c.answer_due_at.date()) or (is_open and c.answer_due_at < end)
        ):
            out["late"] += 1
    return out


def test_monthly_report_counts_complaints(users, person, tmp_path):
    from openpyxl import load_workbook

    from desk_app.reports.monthly import export_month

    app = submit(users, person, service=1, channel="direct", at=dt.datetime(2025, 4, 1, 10))
    head = users["head"]

    def reg(day, subject):
        return complaints.register(app, head, day, "Өзі", subject, at=dt.datetime.combine(day, dt.time(12)))

    reg(dt.date(2025, 4, 10), "Сәуірде түскен, жауапсыз")  # open, late in May
    a = reg(dt.date(2025, 4, 25), "Сәуірде түскен, мамырда жауап")  # answered in May on time
    complaints.answer(a, head, "Жауап берілді", dt.date(2025, 5, 6), at=dt.datetime(2025, 5, 6, 9))
    b = reg(dt.date(2025, 5, 2), "Мамырда түскен, кеш жауап")  # answered late in May
    complaints.answer(b, head, "Кеш жауап", dt.date(2025, 5, 28), at=dt.datetime(2025, 5, 28, 9))
    reg(dt.date(2025, 5, 20), "Мамырда түскен, жауапсыз")  # open, not yet due
    c = reg(dt.date(2025, 5, 30), "Мамырда түскен, маусымда жауап")  # open at May's end
    complaints.answer(c, head, "Жауап", dt.date(2025, 6, 3), at=dt.datetime(2025, 6, 3, 9))
    reg(dt.date(2025, 6, 2), "Маусымда түскен")  # not in May
    expect = _expected_month(2025, 5)
    assert expect == {"received": 3, "answered": 2, "open_at_end": 3, "late": 2}
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out)
    assert summary["complaints"] == expect
    ws = load_workbook(out, read_only=True)["Жиынтық"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    title = next(i for i, r in enumerate(rows) if len(r) > 1 and r[1] == "Шағымдар (Регламенттің 18-тармағы)")
    got = [r[2] for r in rows[title + 1 : title + 5]]
    assert got == [expect[k] for k in ("received", "answered", "open_at_end", "late")]
    assert export_month(2025, 4, tmp_path / "apr.xlsx")["complaints"] == _expected_month(2025, 4)


def test_demo_office_has_complaints(db, monkeypatch):
    """The demo builds its complaints through the register (the applications' own path is
    stubbed here: this test is about the complaints, not the engine's transitions)."""
    from desk_app.core.demo import demo

    monkeypatch.setattr(demo, "_advance", lambda rng, app, *a, **k: app)
    today = dt.datetime(2026, 6, 15, 12)
    counts = demo.build_demo(seed=2, persons=6, applications=12, today=today)
    assert counts["complaints"] == 3
    rows = list(Complaint.select().order_by(Complaint.id))
    answered = [c for c in rows if c.answered_on is not None]
    open_late = [c for c in rows if c.answered_on is None and complaints.is_late(c, today)]
    assert len(answered) == 1 and not complaints.is_late(answered[0], today)
    assert len(open_late) == 1
    assert {r.complaint_id for r in complaints.open_board(today)} == {
        c.id for c in rows if c.answered_on is None
    }
    assert AuditLog.select().where(AuditLog.action.startswith("complaint.")).count() == 4
    assert User.get(User.login == "center_head").role_set == {"center_head"}
