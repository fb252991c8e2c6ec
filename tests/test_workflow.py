"""Main and alternative paths of all four services on each channel, and refused transitions."""

import datetime as dt

import pytest

from desk_app.core import audit, workflow
from desk_app.core.errors import PermissionDenied, TransitionError, ValidationError
from desk_app.core.models import Application, AuditLog, Movement, RefusalGround, Step

T0 = dt.datetime(2026, 11, 2, 10, 0)  # a Monday


def later(minutes):
    return T0 + dt.timedelta(minutes=minutes)


def intake_user(users, service, channel):
    if channel == "center":
        return users["center_inspector"]
    return users["executor"] if service == 1 else users["office_clerk"]


def steps_of(app):
    return [(s.no, s.role, s.outcome) for s in Step.select().where(Step.application == app).order_by(Step.id)]


def run_path(app, users, refuse=False, rework=False):
    """Drive an application to its end with the right user at each step."""
    ex = users["executor"]
    t = 5
    while app.state != workflow.CLOSED:
        svc = workflow.service_of(app)
        step = svc.step(app.current_step)
        t += 60
        at = later(t)
        if app.state == workflow.IN_TRANSIT:
            workflow.result_arrived(app, users["center_inspector"], at, payload=app.number)
        elif step.kind == "dispatch":
            workflow.dispatch(app, users["dispatch_inspector"], at, payload=app.number)
        elif step.kind == "register":
            workflow.register_received(app, users["office_clerk"], at, payload=app.number)
        elif step.kind == "assign":
            workflow.assign(app, users["head"], ex, at)
        elif step.kind == "card":
            workflow.decide_card(
                app,
                ex,
                not refuse,
                ["false_information"] if refuse else [],
                "Ұсынылған мәліметтер жалған." if refuse else "",
                at,
            )
        elif step.kind == "prepare":
            if refuse:
                workflow.prepare(
                    app,
                    ex,
                    "refusal",
                    [svc.grounds[0].code, svc.grounds[1].code],
                    "Құжаттар толық емес, тексеру ісі бойынша.",
                    at,
                )
            else:
                workflow.prepare(app, ex, svc.positive_result, at=at)
        elif step.kind == "sign":
            if rework:
                rework = False
                workflow.return_for_rework(app, users["head"], "Қайта қараңыз", at)
            else:
                workflow.sign(app, users["head"], at)
        elif step.kind == "deliver":
            workflow.deliver(app, ex, at, issued_to="өзі")
        elif step.kind == "issue":
            workflow.issue(app, users["center_inspector"], "өзі", at)
        app = Application.get_by_id(app.id)
    return app


@pytest.mark.parametrize(
    "service,channel",
    [(1, "direct"), (2, "center"), (2, "direct"), (3, "center"), (3, "direct"), (4, "center"), (4, "direct")],
)
@pytest.mark.parametrize("refuse", [False, True])
def test_paths(users, person, service, channel, refuse):
    svc = workflow.regulations().in_force(T0.date()).service(service)
    app = workflow.submit(
        person,
        service,
        channel,
        intake_user(users, service, channel),
        [(d.code, d.text.kk) for d in svc.documents],
        at=T0,
    )
    assert app.number == "2026-000001"
    app = run_path(app, users, refuse=refuse)
    assert app.state == workflow.CLOSED
    assert app.result == ("refusal" if refuse else svc.positive_result)
    nos = [s[0] for s in steps_of(app)]
    if service == 1:
        assert nos == ([1, 2, 4] if refuse else [1, 2, 3, 4])
    elif channel == "center":
        assert nos == [1, 2, 3, 4, 5, 6, 7, 8]
    else:
        assert nos == [3, 4, 5, 6, 7]
    kinds = [m.kind for m in Movement.select().where(Movement.application == app)]
    assert kinds == (["sent_to_body", "received_by_body", "result_at_center"] if channel == "center" else [])
    grounds = [g.code for g in RefusalGround.select().where(RefusalGround.application == app)]
    assert bool(grounds) == refuse
    # each step closed, never before it started
    for s in Step.select().where(Step.application == app):
        assert s.completed_at is not None and s.completed_at >= s.started_at
    assert audit.verify_chain() == []


def test_rework_returns_to_executor(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    app = run_path(app, users, rework=True)
    nos = [s[0] for s in steps_of(app)]
    assert nos == [3, 4, 5, 6, 5, 6, 7]
    assert "returned" in [s[2] for s in steps_of(app)]
    assert AuditLog.select().where(AuditLog.action == "application.return").count() == 1


def test_step_rows_carry_due_times_and_term(users, person):
    app = workflow.submit(person, 2, "center", users["center_inspector"], at=T0)
    open_row = workflow.open_step(app)
    assert open_row.no == 2 and open_row.role == "dispatch_inspector"
    assert open_row.due_at == dt.datetime(2026, 11, 3, 23, 59, 59)
    assert open_row.counted is False
    # One term of 1 + 18 + 1 = 20 calendar days from 3 Nov: Sun 22 Nov, moved once to Mon 23.
    assert app.term_due_at == dt.datetime(2026, 11, 23, 23, 59, 59)
    # The printed date adds the not-counted steps 2 and 7: 22 days -> Tue 24 Nov.
    assert app.result_due_at == dt.datetime(2026, 11, 24, 23, 59, 59)


ALL_ROLES = [
    "center_inspector",
    "dispatch_inspector",
    "office_clerk",
    "head",
    "executor",
    "admin",
    "center_head",
]


def _attempt(kind, app, user, users):
    at = later(500)
    if kind == "dispatch":
        workflow.dispatch(app, user, at)
    elif kind == "register":
        workflow.register_received(app, user, at)
    elif kind == "assign":
        workflow.assign(app, user, users["executor"], at)
    elif kind == "prepare":
        workflow.prepare(app, user, "notification", at=at)
    elif kind == "sign":
        workflow.sign(app, user, at)
    elif kind == "deliver":
        workflow.deliver(app, user, at)
    elif kind == "arrive":
        workflow.result_arrived(app, user, at)
    elif kind == "issue":
        workflow.issue(app, user, "өзі", at)


def _app_at(users, person, stop_kind):
    app = workflow.submit(person, 3, "center", users["center_inspector"], at=T0)
    ex, t = users["executor"], 10
    order = ["dispatch", "register", "assign", "prepare", "sign", "deliver", "arrive", "issue"]
    for kind in order:
        if kind == stop_kind:
            return app
        t += 30
        actor = {
            "dispatch": users["dispatch_inspector"],
            "register": users["office_clerk"],
            "assign": users["head"],
            "prepare": ex,
            "sign": users["head"],
            "deliver": ex,
            "arrive": users["center_inspector"],
        }[kind]
        _attempt_at = later(t)
        if kind == "assign":
            workflow.assign(app, actor, ex, _attempt_at)
        elif kind == "prepare":
            workflow.prepare(app, actor, "notification", at=_attempt_at)
        else:
            {
                "dispatch": workflow.dispatch,
                "register": workflow.register_received,
                "sign": workflow.sign,
                "deliver": workflow.deliver,
                "arrive": workflow.result_arrived,
            }[kind](app, actor, _attempt_at)
        app = Application.get_by_id(app.id)
    return app


@pytest.mark.parametrize(
    "kind,allowed",
    [
        ("dispatch", "dispatch_inspector"),
        ("register", "office_clerk"),
        ("assign", "head"),
        ("prepare", "executor"),
        ("sign", "head"),
        ("deliver", "executor"),
        ("arrive", "center_inspector"),
        ("issue", "center_inspector"),
    ],
)
def test_every_wrong_role_is_refused(users, person, kind, allowed):
    app = _app_at(users, person, kind)
    before = (app.version, Step.select().count(), Movement.select().count(), AuditLog.select().count())
    for role in ALL_ROLES:
        if role == allowed:
            continue
        with pytest.raises(PermissionDenied) as e:
            _attempt(kind, app, users[role], users)
        assert e.value.kk and e.value.ru
    after_app = Application.get_by_id(app.id)
    assert (
        after_app.version,
        Step.select().count(),
        Movement.select().count(),
        AuditLog.select().count(),
    ) == before
    _attempt(kind, app, users[allowed], users)  # the right role succeeds


def test_intake_role_per_channel(users, person):
    with pytest.raises(PermissionDenied):
        workflow.submit(person, 2, "center", users["office_clerk"], at=T0)
    with pytest.raises(PermissionDenied):
        workflow.submit(person, 2, "direct", users["center_inspector"], at=T0)
    with pytest.raises(PermissionDenied):
        workflow.submit(person, 1, "direct", users["office_clerk"], at=T0)
    with pytest.raises(ValidationError) as e:
        workflow.submit(person, 1, "center", users["center_inspector"], at=T0)
    assert e.value.field == "channel"
    assert Application.select().count() == 0


def test_wrong_state_is_refused(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    with pytest.raises(TransitionError):
        workflow.sign(app, users["head"], later(10))
    with pytest.raises(TransitionError):
        workflow.dispatch(app, users["dispatch_inspector"], later(10))


def test_other_executor_cannot_prepare(users, person):
    app = workflow.submit(person, 4, "direct", users["office_clerk"], at=T0)
    workflow.assign(app, users["head"], users["executor"], later(10))
    with pytest.raises(PermissionDenied):
        workflow.prepare(app, users["executor2"], "notification", at=later(20))
    workflow.reassign(app, users["head"], users["executor2"], later(30))
    workflow.prepare(Application.get_by_id(app.id), users["executor2"], "notification", at=later(40))


def test_refusal_needs_grounds_of_its_service_and_reasoning(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    workflow.assign(app, users["head"], users["executor"], later(10))
    app = Application.get_by_id(app.id)
    for grounds, reasoning, field in [
        ([], "Дәлел жазылды толық", "grounds"),
        (["compensation_paid"], "Дәлел жазылды толық", "grounds"),
        (["contraindications"], "қысқа", "reasoning"),
    ]:
        with pytest.raises(ValidationError) as e:
            workflow.prepare(app, users["executor"], "refusal", grounds, reasoning, later(20))
        assert e.value.field == field
    with pytest.raises(ValidationError):
        workflow.prepare(app, users["executor"], "decision", at=later(20))
    assert workflow.open_step(app).no == 5


def test_stale_copy_loses(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    stale = Application.get_by_id(app.id)
    workflow.assign(app, users["head"], users["executor"], later(10))
    # the engine re-reads inside the transaction, so the stale copy meets the new state
    with pytest.raises(TransitionError):
        workflow.assign(stale, users["head"], users["executor2"], later(11))


def test_numbers_per_year(users, person):
    a = workflow.submit(person, 3, "direct", users["office_clerk"], at=dt.datetime(2025, 12, 30, 9))
    b = workflow.submit(person, 3, "direct", users["office_clerk"], at=dt.datetime(2026, 1, 5, 9))
    c = workflow.submit(person, 4, "direct", users["office_clerk"], at=dt.datetime(2026, 1, 5, 10))
    assert (a.number, b.number, c.number) == ("2025-000001", "2026-000001", "2026-000002")
