"""Terms as the law counts them (issue 12): one term moved once, the printed date, the term
clock that leaves not-counted steps and transit outside the term, the rework that buys no
time, service 1's refusal at step 2 only, and service 2's defective-package return."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.core import deadlines, workflow
from desk_app.core.db import run_migrations
from desk_app.core.errors import TransitionError, ValidationError
from desk_app.core.models import Application, AuditLog, SchemaMigration, Step, database
from desk_app.core.office_calendar import load_calendar
from desk_app.core.safety.check import run_check
from desk_app.core.status import status_dict

END = dt.time(23, 59, 59)

# The regulation's numbers read off the seed by hand (R1-R4 T1), not from the JSON:
# (days of the applicant's term, days to the printed date, unit) per service and channel.
SEED = {
    (1, "direct"): (9 + 1, 9 + 1, "calendar"),
    (2, "center"): (1 + 18 + 1, 1 + 18 + 1 + 1 + 1, "calendar"),
    (2, "direct"): (1 + 18 + 1, 1 + 18 + 1 + 1, "calendar"),
    (3, "center"): (1 + 8 + 1, 1 + 8 + 1 + 1 + 1, "working"),
    (3, "direct"): (1 + 8 + 1, 1 + 8 + 1 + 1, "working"),
    (4, "center"): (1 + 8 + 1, 1 + 8 + 1 + 1 + 1, "working"),
    (4, "direct"): (1 + 8 + 1, 1 + 8 + 1 + 1, "working"),
}


def by_hand(submitted: dt.date, days: int, unit: str, working) -> dt.date:
    """The last day of a term counted from the day after submission: calendar days moved
    once to the next working day, or working days counted one by one."""
    if unit == "calendar":
        last = submitted + dt.timedelta(days=days)
        while not working(last):
            last += dt.timedelta(days=1)
        return last
    day, left = submitted, days
    while left:
        day += dt.timedelta(days=1)
        left -= working(day)
    return day


def test_every_submission_day_2025_2027(db):
    """1,095 days x 7 service/channel pairs: the engine's term and printed date equal the
    seed's numbers counted by hand over the office calendar."""
    cal = load_calendar()
    regs = workflow.regulations()
    day = dt.date(2025, 1, 1)
    checked = 0
    while day <= dt.date(2027, 12, 31):
        at = dt.datetime.combine(day, dt.time(16, 45))
        wording = regs.in_force(day)
        for (service, channel), (term_days, print_days, unit) in SEED.items():
            path = wording.service(service).path(channel)
            assert deadlines.term_due(path, at, cal) == dt.datetime.combine(
                by_hand(day, term_days, unit, cal.is_working), END
            ), (day, service, channel)
            assert deadlines.result_due(path, at, cal) == dt.datetime.combine(
                by_hand(day, print_days, unit, cal.is_working), END
            ), (day, service, channel)
            checked += 1
        day += dt.timedelta(days=1)
    assert checked == 1095 * 7


def test_talon_156_friday_submission_is_not_pushed_a_week(db):
    """Service 2, submitted Fri 05.06.2026: the term ends Thu 25.06 (the chained rule gave
    29.06); the direct talon's printed date adds step 7's day: Fri 26.06."""
    cal = load_calendar()
    path = workflow.regulations().in_force(dt.date(2026, 6, 5)).service(2).path("direct")
    at = dt.datetime(2026, 6, 5, 11, 0)
    assert deadlines.term_due(path, at, cal) == dt.datetime(2026, 6, 25, 23, 59, 59)
    assert deadlines.result_due(path, at, cal) == dt.datetime(2026, 6, 26, 23, 59, 59)


def t(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _to_body(app, users, sent: str, arrived: str):
    workflow.dispatch(app, users["dispatch_inspector"], t(sent), payload=app.number)
    return workflow.register_received(app, users["office_clerk"], t(arrived), payload=app.number)


def test_transit_stays_outside_the_term_and_the_clerks_step(users, person):
    """A courier taking six days makes step 2 late, never the term: the clerk's step 3 starts
    at the arrival scan, and the term clock stops from the start of step 2 to the arrival."""
    app = workflow.submit(person, 2, "center", users["center_inspector"], at=t("2026-11-02 10:00"))
    assert app.term_due_at == t("2026-11-23 23:59:59")  # 20 calendar days, Sun 22 -> Mon 23
    workflow.dispatch(app, users["dispatch_inspector"], t("2026-11-02 16:00"), payload=app.number)
    app = Application.get_by_id(app.id)
    assert app.state == workflow.TO_BODY and app.current_step == 3
    assert workflow.open_step(app) is None  # nobody's 30 minutes run while the folder travels
    app = workflow.register_received(app, users["office_clerk"], t("2026-11-08 10:00"), payload=app.number)
    info = status_dict(app, at=t("2026-11-08 10:05"))
    step3 = next(s for s in info["steps"] if s["no"] == 3)
    assert step3["started_at"] == "2026-11-08T10:00:00"
    step2 = next(s for s in info["steps"] if s["no"] == 2)
    assert step2["due_at"] == "2026-11-03T23:59:59" and not info["overdue"]
    head, ex = users["head"], users["executor"]
    workflow.assign(app, head, ex, t("2026-11-09 09:00"))
    workflow.prepare(app, ex, "notification", at=t("2026-11-26 12:00"))
    # The calendar passed the term on 23 Nov, but six days of transit are not the service's:
    # the clock reads 26 Nov 12:00 - 6 days = 20 Nov 12:00.
    assert not status_dict(Application.get_by_id(app.id), at=t("2026-11-26 12:00"))["overdue"]
    workflow.sign(app, head, t("2026-11-27 10:00"))
    workflow.deliver(app, ex, t("2026-11-27 15:00"))
    # step 7 and the way back to the Center are not counted either
    app = workflow.result_arrived(app, users["center_inspector"], t("2026-12-03 10:00"), payload=app.number)
    info = status_dict(app, at=t("2026-12-10 10:00"))
    assert not info["overdue"]
    # ...while the same application without the courier's delay at the head's desk is late
    assert status_dict(app, at=t("2026-12-10 10:00"))["result_due_at"] == "2026-11-24T23:59:59"


def test_late_work_in_counted_steps_is_overdue(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=t("2026-11-02 10:00"))
    assert app.term_due_at == t("2026-11-16 23:59:59")  # 10 working days
    head, ex = users["head"], users["executor"]
    workflow.assign(app, head, ex, t("2026-11-02 12:00"))
    assert not status_dict(app, at=t("2026-11-16 23:00"))["overdue"]
    assert status_dict(app, at=t("2026-11-17 00:30"))["overdue"]
    workflow.prepare(app, ex, "notification", at=t("2026-11-17 09:00"))
    workflow.sign(app, head, t("2026-11-17 10:00"))
    app = workflow.deliver(app, ex, t("2026-11-20 10:00"), issued_to="Әбдірахманова")
    # Closed: the ready moment less step 7's three days is 17 Nov 10:00, past the term.
    info = status_dict(app, at=t("2026-12-01 10:00"))
    assert app.state == workflow.CLOSED and info["overdue"]


def test_return_for_rework_keeps_the_first_due_time(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=t("2026-11-02 10:00"))
    head, ex = users["head"], users["executor"]
    workflow.assign(app, head, ex, t("2026-11-02 12:00"))
    first = workflow.open_step(app).due_at
    workflow.prepare(app, ex, "notification", at=t("2026-11-05 12:00"))
    workflow.return_for_rework(app, head, "Мәтінді нақтылаңыз", t("2026-11-06 10:00"))
    again = workflow.open_step(Application.get_by_id(app.id))
    assert again.no == 5 and again.started_at == t("2026-11-06 10:00")
    assert again.due_at == first == t("2026-11-12 23:59:59")  # not 8 more working days


def test_service_1_refuses_at_step_2_only(users, person):
    ex, head = users["executor"], users["head"]
    app = workflow.submit(person, 1, "direct", ex, at=t("2026-11-02 10:00"))
    workflow.decide_card(app, ex, True, at=t("2026-11-02 10:10"))
    with pytest.raises(ValidationError) as e:
        workflow.prepare(
            app, ex, "refusal", ["documents_missing"], "Құжаттар жоқ, тексерілді.", t("2026-11-03 10:00")
        )
    assert "дәлелді бас тарту" not in e.value.kk and "шешім" in e.value.kk
    assert Application.get_by_id(app.id).current_step == 3  # nothing written

    other = workflow.submit(person, 1, "direct", ex, at=t("2026-11-02 11:00"))
    card_due = workflow.open_step(other).due_at
    workflow.decide_card(
        other, ex, False, ["documents_missing"], "Еңбек кітапшасы ұсынылмады.", t("2026-11-02 11:10")
    )
    other = Application.get_by_id(other.id)
    assert other.current_step == 4 and other.prepared_result == "refusal"
    workflow.return_for_rework(other, head, "Негізді толықтырыңыз", t("2026-11-02 15:00"))
    other = Application.get_by_id(other.id)
    row = workflow.open_step(other)
    # back to step 2 (not "prepare the decision"), with its first due time and the reasoning
    assert other.current_step == 2 and row.no == 2 and row.due_at == card_due
    assert other.refusal_reasoning == "Еңбек кітапшасы ұсынылмады."


def test_service_1_records_how_the_applicant_was_told(users, person):
    ex, head = users["executor"], users["head"]
    app = workflow.submit(person, 1, "direct", ex, at=t("2026-11-02 10:00"))
    with pytest.raises(TransitionError):
        workflow.inform(app, ex, "phone", t("2026-11-02 10:05"))
    workflow.decide_card(app, ex, True, at=t("2026-11-02 10:10"))
    workflow.prepare(app, ex, "decision", at=t("2026-11-05 10:00"))
    app = workflow.sign(app, head, t("2026-11-05 15:00"))
    with pytest.raises(ValidationError):
        workflow.inform(app, ex, "telepathy", t("2026-11-06 09:00"))
    app = workflow.inform(app, ex, "phone", t("2026-11-06 09:00"))
    info = status_dict(app)
    assert info["informed"] == {"at": "2026-11-06T09:00:00", "how": "phone"}
    assert AuditLog.select().where(AuditLog.action == "application.inform").count() == 1
    other = workflow.submit(person, 3, "direct", users["office_clerk"], at=t("2026-11-02 10:00"))
    with pytest.raises(TransitionError):
        workflow.inform(other, ex, "phone")


def test_defective_package_goes_back_in_3_working_days_over_nauryz(users, person):
    """R2 p.10 via the Center: received Fri 20 March 2026, the package marked defective the
    same day; Nauryz and its observed days (21-25 March) do not count: due Mon 30 March."""
    app = workflow.submit(person, 2, "center", users["center_inspector"], at=t("2026-03-19 10:00"))
    _to_body(app, users, "2026-03-19 15:00", "2026-03-20 09:30")
    head, ex = users["head"], users["executor"]
    workflow.assign(app, head, ex, t("2026-03-20 11:00"))
    with pytest.raises(ValidationError):  # the return has its own ground, not a refusal's
        workflow.prepare(
            app, ex, "return", ["compensation_paid"], "Қате құжаттар ұсынылды.", t("2026-03-20 15:00")
        )
    with pytest.raises(ValidationError):  # and a refusal cannot borrow the return's ground
        workflow.prepare(
            app, ex, "refusal", ["documents_defective"], "Қате құжаттар ұсынылды.", t("2026-03-20 15:00")
        )
    app = workflow.prepare(
        app,
        ex,
        "return",
        ["documents_defective"],
        "Анықтаманың көшірмесі жоқ, туған күні сәйкес емес.",
        t("2026-03-20 15:00"),
    )
    assert app.notice_due_at == t("2026-03-30 23:59:59")
    assert app.term_due_at == t("2026-04-08 23:59:59")  # the service's term is untouched
    sign_row = workflow.open_step(app)
    # the head's signature step shows the return's term in the queues
    assert sign_row.no == 6 and sign_row.due_at == t("2026-03-26 23:59:59")
    workflow.sign(app, head, t("2026-03-27 10:00"))
    deliver_row = workflow.open_step(Application.get_by_id(app.id))
    assert deliver_row.due_at == t("2026-03-30 23:59:59")  # 1 day from 27 March, then Mon 30
    assert not status_dict(Application.get_by_id(app.id), at=t("2026-03-30 12:00"))["overdue"]
    assert status_dict(Application.get_by_id(app.id), at=t("2026-03-31 08:00"))["overdue"]
    app = workflow.deliver(app, ex, t("2026-03-30 16:00"))
    app = workflow.result_arrived(app, users["center_inspector"], t("2026-04-02 10:00"), payload=app.number)
    assert app.result == "return"
    assert not status_dict(app, at=t("2026-04-10 10:00"))["overdue"]  # left on 30 March
    assert run_check().ok


def test_direct_defective_package_has_20_calendar_days(users, person):
    app = workflow.submit(person, 2, "direct", users["office_clerk"], at=t("2026-11-02 10:00"))
    workflow.assign(app, users["head"], users["executor"], t("2026-11-02 12:00"))
    app = workflow.prepare(
        app,
        users["executor"],
        "return",
        ["documents_defective"],
        "Құжаттар топтамасы толық емес.",
        t("2026-11-04 10:00"),
    )
    assert app.notice_due_at == t("2026-11-23 23:59:59")  # Sun 22 -> Mon 23
    with pytest.raises(ValidationError):  # services without the return refuse it
        other = workflow.submit(person, 3, "direct", users["office_clerk"], at=t("2026-11-02 10:00"))
        workflow.assign(other, users["head"], users["executor"], t("2026-11-02 12:00"))
        workflow.prepare(
            other,
            users["executor"],
            "return",
            ["documents_defective"],
            "Құжаттар топтамасы толық емес.",
            t("2026-11-04 10:00"),
        )


def test_migration_puts_an_old_database_right_and_check_flags_drift(users, person):
    """Figures written by the old rules (a chained term, step 3 opened at dispatch, a folder
    in transit with an open step 3) are recomputed by 0009 with one audit row each."""
    ci = users["center_inspector"]
    a = workflow.submit(person, 2, "center", ci, at=t("2026-06-05 11:00"))
    _to_body(a, users, "2026-06-05 15:00", "2026-06-08 10:00")
    b = workflow.submit(person, 3, "center", ci, at=t("2026-06-05 11:30"))
    workflow.dispatch(b, users["dispatch_inspector"], t("2026-06-05 15:00"), payload=b.number)
    assert run_check().ok
    # The old desk's figures:
    Application.update(term_due_at=t("2026-06-29 23:59:59"), result_due_at=None).where(
        Application.id == a.id
    ).execute()
    Step.update(started_at=t("2026-06-05 15:00"), due_at=t("2026-06-05 15:30")).where(
        Step.application == a.id, Step.no == 3
    ).execute()
    Step.update(due_at=t("2026-06-10 23:59:59")).where(Step.application == a.id, Step.no == 4).execute()
    Application.update(state="registration").where(Application.id == b.id).execute()
    Step.create(
        application=b.id,
        no=3,
        role="office_clerk",
        started_at=t("2026-06-05 15:00"),
        due_at=t("2026-06-05 15:30"),
        counted=True,
    )
    problems = run_check().workflow
    assert any(a.number in p and "term_due_at" in p for p in problems)
    assert any(a.number in p and "result_due_at" in p for p in problems)
    assert any(a.number in p and "step 4 due" in p for p in problems)
    before = AuditLog.select().count()
    # an office from before 0007 is also from before 0011's baseline after-images, which
    # follow it and image the rows 0007 rewrote by SQL
    SchemaMigration.delete().where(SchemaMigration.version.in_([7, 11])).execute()
    assert run_migrations(database.obj) == [7, 11]
    a, b = Application.get_by_id(a.id), Application.get_by_id(b.id)
    assert a.term_due_at == t("2026-06-25 23:59:59") and a.result_due_at == t("2026-06-29 23:59:59")
    s3 = Step.get(Step.application == a.id, Step.no == 3)
    assert s3.started_at == t("2026-06-08 10:00")
    assert Step.get(Step.application == a.id, Step.no == 4).due_at == t("2026-06-09 23:59:59")
    assert b.state == workflow.TO_BODY and workflow.open_step(b) is None
    rows = list(
        AuditLog.select().where(AuditLog.id > before, AuditLog.action == "application.recompute_terms")
    )
    assert sorted(r.entity_id for r in rows) == sorted([a.number, b.number])
    assert run_check().ok, run_check()
    # and a later clerk's scan carries b on as a new one would
    b = workflow.register_received(b, users["office_clerk"], t("2026-06-09 09:00"), payload=b.number)
    assert Step.get(Step.application == b.id, Step.no == 3).started_at == t("2026-06-09 09:00")
