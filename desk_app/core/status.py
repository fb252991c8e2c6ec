"""The status look-up of para 8: where an application is, who holds it, its due dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .clock import iso, now
from .models import Application, Movement, Person, Step, User
from .regulation import Service, Text
from .terms import is_overdue, spans


def _people() -> dict[int, tuple[str, str]]:
    """{id: (login, short name)} for the office's few users, in one query."""
    return {u.id: (u.login, u.short_name) for u in User.select()}


def status_dict(
    app: Application,
    steps: list[Step] | None = None,
    movements: list[Movement] | None = None,
    users: dict[int, tuple[str, str]] | None = None,
    at: dt.datetime | None = None,
) -> dict[str, Any]:
    """`term_due_at` is the applicant's term, `result_due_at` the date printed for them,
    `overdue` rule 2 at `at` (now): see `deadlines`. Who acted is given by login (stable, for
    scripts) and by short name (for people)."""
    if users is None:  # one query for the office's few users, not one per step
        users = _people()

    def who(uid: int | None, key: str) -> dict[str, str | None]:
        """{key: login, key_name: short name} of whoever acted (None for nobody)."""
        if uid is None:
            return {key: None, f"{key}_name": None}
        if uid not in users:
            u = User.get_or_none(User.id == uid)
            users[uid] = (u.login, u.short_name) if u else (str(uid), str(uid))
        login, name = users[uid]
        return {key: login, f"{key}_name": name}

    if steps is None:
        steps = list(Step.select().where(Step.application == app).order_by(Step.id))
    if movements is None:
        movements = list(Movement.select().where(Movement.application == app).order_by(Movement.id))
    p: Person = app.person
    return {
        "number": app.number,
        "service": app.service,
        "channel": app.channel,
        "state": app.state,
        "result": app.result,
        "submitted_at": iso(app.submitted_at),
        "term_due_at": iso(app.term_due_at),
        "result_due_at": iso(app.result_due_at),
        "overdue": is_overdue(app.term_due_at, app.notice_due_at, spans(steps), app.closed_at, at or now()),
        "notice_due_at": iso(app.notice_due_at),
        "informed": ({"at": iso(app.informed_at), "how": app.informed_how} if app.informed_at else None),
        "applicant": {"iin": p.iin, "surname": p.surname, "name": p.name, "patronymic": p.patronymic},
        "steps": [
            {
                "no": s.no,
                "role": s.role,
                **who(s.user_id, "user"),
                "started_at": iso(s.started_at),
                "due_at": iso(s.due_at),
                "completed_at": iso(s.completed_at),
                "counted": bool(s.counted),
            }
            for s in steps
        ],
        "movements": [{"at": iso(m.at), "kind": m.kind, **who(m.user_id, "by")} for m in movements],
    }


def all_statuses(batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Every application's status, in number order, a batch of queries at a time."""
    users = _people()
    last_id = 0
    while True:
        apps = list(
            Application.select(Application, Person)
            .join(Person)
            .where(Application.id > last_id)
            .order_by(Application.id)
            .limit(batch)
        )
        if not apps:
            return
        ids = [a.id for a in apps]
        steps: dict[int, list[Step]] = {i: [] for i in ids}
        for s in Step.select().where(Step.application.in_(ids)).order_by(Step.id):
            steps[s.application_id].append(s)
        moves: dict[int, list[Movement]] = {i: [] for i in ids}
        for m in Movement.select().where(Movement.application.in_(ids)).order_by(Movement.id):
            moves[m.application_id].append(m)
        for a in apps:
            yield status_dict(a, steps[a.id], moves[a.id], users)
        last_id = ids[-1]


# ---------------------------------------------------------------- the card's applications


@dataclass(frozen=True)
class Event:
    """One line of an application's timeline: a step (its opening, with how it ended), a
    scanned movement of the folder, or the applicant told of the result."""

    at: dt.datetime
    kind: str  # "step", "movement", "informed"
    who: str = ""  # the user's short name
    step_no: int | None = None
    action: Text | None = None  # the step's action in the regulation
    outcome: str | None = None  # how the step ended (`workflow` outcome codes)
    note: str = ""
    due_at: dt.datetime | None = None
    code: str = ""  # a movement's kind, or how the applicant was told

    @property
    def order(self) -> int:
        """A scan comes before the step it opens; telling the applicant after both."""
        return {"movement": 0, "step": 1, "informed": 2}[self.kind]


@dataclass(frozen=True)
class CardApplication:
    """One of a person's applications as their card shows it, with its timeline."""

    id: int
    number: str
    service: int
    service_name: Text
    channel: str
    state: str
    step_action: Text | None  # the step it is at (None when closed)
    submitted_at: dt.datetime
    term_due_at: dt.datetime
    result: str | None
    events: tuple[Event, ...]


def _events(app: Application, svc: Service, names: dict[int, str]) -> tuple[Event, ...]:
    out = [
        Event(
            s.started_at,
            "step",
            names.get(s.user_id, "") if s.user_id else "",
            s.no,
            svc.step(s.no).action,
            s.outcome,
            s.note or "",
            s.due_at,
        )
        for s in Step.select().where(Step.application == app).order_by(Step.id)
    ]
    out += [
        Event(m.at, "movement", names.get(m.user_id, ""), code=m.kind)
        for m in Movement.select().where(Movement.application == app).order_by(Movement.id)
    ]
    if app.informed_at is not None:
        out.append(Event(app.informed_at, "informed", code=app.informed_how))
    return tuple(sorted(out, key=lambda e: (e.at, e.order)))


def card_applications(person_id: int) -> list[CardApplication]:
    """Every application of the person, latest first, each with its timeline (the same step
    and movement rows the para 8 look-up reads)."""
    from .workflow import service_of  # lazy: the engine imports much of core

    names = {u.id: u.short_name for u in User.select()}
    out = []
    for app in (
        Application.select().where(Application.person == person_id).order_by(Application.submitted_at.desc())
    ):
        svc = service_of(app)
        out.append(
            CardApplication(
                id=app.id,
                number=app.number,
                service=app.service,
                service_name=svc.name,
                channel=app.channel,
                state=app.state,
                step_action=svc.step(app.current_step).action if app.current_step is not None else None,
                submitted_at=app.submitted_at,
                term_due_at=app.term_due_at,
                result=app.result,
                events=_events(app, svc, names),
            )
        )
    return out
