"""The head's view of the office: each executor's load and the overdue board (para 17)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from .clock import now
from .models import Application, Person, Step, User
from .workflow import CLOSED


@dataclass(frozen=True)
class Load:
    user: User
    open_count: int


def executors() -> list[User]:
    users = User.select().where(User.active == True).order_by(User.surname, User.name)  # noqa: E712
    return [u for u in users if u.has_role("executor")]


def executor_loads() -> list[Load]:
    """Every active executor with the number of open applications assigned to them."""
    counts = dict(Application.select(Application.executor, pw.fn.COUNT(Application.id))
                  .where(Application.state != CLOSED, Application.executor.is_null(False))
                  .group_by(Application.executor).tuples())
    return [Load(u, counts.get(u.id, 0)) for u in executors()]


@dataclass(frozen=True)
class OverdueRow:
    app_id: int
    number: str
    service: int
    applicant: str
    step_no: int | None
    role: str | None
    executor_id: int | None
    term_due_at: dt.datetime
    step_due_at: dt.datetime | None


def overdue_query(at: dt.datetime | None = None) -> pw.ModelSelect:
    """Open applications past their promised term or whose open step is past due, the
    longest late first: by the earlier of the two due times (what lateness counts from)."""
    at = at or now()
    open_step = (Step.application == Application.id) & Step.completed_at.is_null()
    late_since = pw.Case(None, [((Step.due_at.is_null(False)) & (Step.due_at < Application.term_due_at),
                                 Step.due_at)], Application.term_due_at)
    return (Application.select(Application.id, Application.number, Application.service,
                               Application.current_step, Application.executor,
                               Application.term_due_at, Person.surname, Person.name,
                               Person.patronymic, Step.role, Step.due_at)
            .join(Person, on=(Application.person == Person.id))
            .switch(Application)
            .join(Step, pw.JOIN.LEFT_OUTER, on=open_step)
            .where(Application.state != CLOSED,
                   (Application.term_due_at < at) | (Step.due_at < at))
            .order_by(late_since, Application.id))


def overdue_page(query: pw.ModelSelect, offset: int, limit: int) -> list[OverdueRow]:
    return [OverdueRow(app_id=r["id"], number=r["number"], service=r["service"],
                       applicant=" ".join(p for p in (r["surname"], r["name"], r["patronymic"]) if p),
                       step_no=r["current_step"], role=r["role"], executor_id=r["executor"],
                       term_due_at=r["term_due_at"], step_due_at=r["due_at"])
            for r in query.offset(offset).limit(limit).dicts()]
