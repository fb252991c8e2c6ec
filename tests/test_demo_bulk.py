"""The bulk demo writes what the workflow engine would have written."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import pytest

from desk_app.cli.main import main
from desk_app.core import audit, deadlines, iin, terms, workflow
from desk_app.core.demo.demo_bulk import build_bulk
from desk_app.core.models import (
    Application,
    AttachedDocument,
    AuditLog,
    Movement,
    Person,
    RefusalGround,
    Step,
    User,
)
from desk_app.core.names import fold, name_key
from desk_app.core.office_calendar import load_calendar
from desk_app.core.search import find_persons
from desk_app.core.status import status_dict

TODAY = dt.datetime(2026, 3, 16, 12, 0)


@pytest.fixture
def bulk(db):
    counts = build_bulk(seed=3, persons=2000, applications=500, today=TODAY)
    return counts


def _as_dt(v):
    return v if isinstance(v, dt.datetime) or v is None else dt.datetime.fromisoformat(str(v))


def test_cards_have_valid_iins_and_search_keys(bulk):
    assert Person.select().count() == 2000
    iins = set()
    for p in Person.select():
        info = iin.parse(p.iin)
        assert info.birth_date == p.birth_date and info.sex == p.sex
        assert p.surname_key == fold(p.surname)
        assert p.name_key == name_key(p.surname, p.name, p.patronymic)
        iins.add(p.iin)
    assert len(iins) == 2000
    first = Person.get_by_id(Person.select().order_by(Person.id).first().id)
    assert first.id in [h.id for h in find_persons(first.iin)]
    assert first.id in [h.id for h in find_persons(f"{first.name} {first.surname}", 1000)]


def test_numbers_follow_submission(bulk):
    apps = list(Application.select().order_by(Application.year, Application.seq))
    assert len(apps) == bulk["applications"] == 500
    assert len({a.number for a in apps}) == 500
    for prev, a in zip(apps, apps[1:], strict=False):
        assert a.submitted_at >= prev.submitted_at
    by_year = defaultdict(list)
    for a in apps:
        assert a.number == f"{a.year}-{a.seq:06d}" and a.year == a.submitted_at.year
        by_year[a.year].append(a.seq)
    for seqs in by_year.values():
        assert seqs == list(range(1, len(seqs) + 1))


def test_steps_follow_the_regulation_path(bulk):
    cal = load_calendar()
    steps = defaultdict(list)
    for s in Step.select().order_by(Step.id):
        steps[s.application_id].append(s)
    moves = defaultdict(list)
    for m in Movement.select().order_by(Movement.id):
        moves[m.application_id].append(m.kind)
    users = {u.id: u for u in User.select()}
    states = Counter()
    for a in Application.select():
        svc = workflow.service_of(a)
        path = svc.path(a.channel)
        rows = steps[a.id]
        states[a.state] += 1
        assert a.term_due_at == deadlines.term_due(path, a.submitted_at, cal)
        assert a.result_due_at == deadlines.result_due(path, a.submitted_at, cal)
        want = terms.expected(svc, a.channel, a.submitted_at, a.notice_due_at, rows, cal)
        assert rows[0].no == path[0].no and rows[0].started_at == a.submitted_at
        assert users[a.accepted_by_id].has_role(path[0].role)
        for prev, nxt in zip(rows, rows[1:], strict=False):
            step = svc.step(prev.no)
            allowed = {
                getattr(svc.next_step(a.channel, prev.no), "no", None),
                step.returns_to,
                step.refusal_goes_to,
                step.refusal_returns_to,
            }
            assert nxt.no in allowed, (a.number, prev.no, nxt.no)
            assert prev.completed_at is not None and nxt.started_at >= prev.completed_at
        for s in rows:
            reg = svc.step(s.no)
            assert s.role == reg.role and bool(s.counted) == reg.counted
            # a step opened again keeps its first due time (terms.expected)
            assert _as_dt(s.due_at) == want.step_due[s.id]
            if s.completed_at is not None:
                assert s.completed_at >= s.started_at and users[s.user_id].has_role(s.role)
        open_rows = [s for s in rows if s.completed_at is None]
        assert len(open_rows) <= 1
        if a.state == workflow.CLOSED:
            assert not open_rows and a.current_step is None
            assert a.closed_at == rows[-1].completed_at and a.result in (
                "notification",
                "decision",
                "refusal",
                "return",
            )
        elif a.state in workflow.TRANSIT_STATES:
            assert not open_rows and svc.step(a.current_step).starts_on_scan
        else:
            assert open_rows[0].no == a.current_step
            assert a.state == svc.step(a.current_step).state
        if a.channel == "center" and any(s.no == 2 and s.completed_at for s in rows):
            assert moves[a.id][0] == "sent_to_body"
        if a.result == "refusal":
            assert RefusalGround.select().where(RefusalGround.application == a).exists()
        assert AttachedDocument.select().where(AttachedDocument.application == a).count() >= 1
        # version: created at 1, bumped once per transition
        assert a.version >= 2
    assert states[workflow.CLOSED] > 300 and len(states) >= 5  # open ones wait at several steps


def test_engine_carries_on_from_bulk_rows(bulk):
    """An application left open by the bulk load moves on through the real engine."""
    app = Application.select().where(Application.state == "assignment").first()
    assert app is not None
    head = User.get(User.login == "head")
    ex = User.get(User.login == "executor2")
    at = max(s.started_at for s in app.steps) + dt.timedelta(minutes=5)
    app = workflow.assign(app, head, ex, at)
    assert app.state == "preparation" and app.executor_id == ex.id


def test_status_and_audit(bulk, db, capsys):
    app = (
        Application.select()
        .where(Application.channel == "center", Application.state == workflow.CLOSED)
        .first()
    )
    d = status_dict(workflow.get_application(app.number))
    assert d["number"] == app.number and d["state"] == "closed"
    assert [m["kind"] for m in d["movements"]] == ["sent_to_body", "received_by_body", "result_at_center"]
    assert all(s["completed_at"] for s in d["steps"]) and d["steps"][-1]["no"] == 8
    json.dumps(d, ensure_ascii=False)
    assert audit.verify_chain() == []
    loads = list(AuditLog.select().where(AuditLog.action == "demo.bulk_load"))
    assert len(loads) == 1 and json.loads(loads[0].after)["applications"] == 500
    if hasattr(db, "database") and str(db.database).endswith(".sqlite"):
        assert main(["status", app.number, "--json", "--db", db.database]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["number"] == app.number and out["applicant"]["iin"] == app.person.iin


def test_open_share_leaves_applications_open(db):
    build_bulk(seed=4, persons=300, applications=200, today=TODAY, open_share=1.0)
    assert Application.select().where(Application.state == workflow.CLOSED).count() == 0
    assert audit.verify_chain() == []


def test_queues_read_the_open_steps(db):
    build_bulk(seed=5, persons=300, applications=300, today=TODAY, open_share=1.0)
    for role in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor"):
        page = list(workflow.waiting_for(role, 20))
        assert workflow.count_waiting(role) == workflow.waiting_for(role).count()
        assert all(a.step.role == role and a.step.completed_at is None for a in page)
        dues = [a.step.due_at for a in page]
        assert dues == sorted(dues, key=lambda d: (d is None, d or dt.datetime.min))


def test_a_bulk_built_office_checks_clean_and_check_changes_no_byte(bulk, db, capsys):
    """The bulk load writes the audit records the engine would (issue 14): a big demo office
    is not 'written behind the engine', and `check` (read-only) leaves the file as it was."""
    import hashlib

    from desk_app.core.safety.check import run_check

    report = run_check()
    assert report.ok, report.to_dict()
    images = AuditLog.select().where(AuditLog.action == "row.insert", AuditLog.entity == "person")
    assert images.count() == Person.select().count()
    if str(getattr(db, "database", "")).endswith(".sqlite"):
        from desk_app.core.db import close_db, init_db

        path = db.database
        close_db()
        before = hashlib.sha256(open(path, "rb").read()).hexdigest()
        assert main(["check", "--db", path, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["ok"]
        close_db()
        assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before
        init_db(path)
