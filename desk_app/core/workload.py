"""The head's view of the office: each executor's load and the overdue board (para 17)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from .clock import now
from .models import Application, Person, Step, User, dicts, tuples
from .terms import is_overdue, spans_of
from .workflow import CLOSED


@dataclass(frozen=True)
class Staff:
    """A member of staff as a list shows them (a plain row, not the user record)."""

    id: int
    login: str
    full_name: str
    short_name: str


@dataclass(frozen=True)
class Load:
    user: Staff
    open_count: int


def _staff(u: User) -> Staff:
    return Staff(u.id, u.login, u.full_name, u.short_name)


def executors() -> list[Staff]:
    """Every active executor, by surname."""
    users = User.select().where(User.active == True).order_by(User.surname, User.name)  # noqa: E712
    return [_staff(u) for u in users if u.has_role("executor")]


@dataclass(frozen=True)
class Member(Staff):
    """Staff with their roles (who may be marked away, who may stand in for the head)."""

    roles: frozenset[str] = frozenset()

    def has_role(self, role: str) -> bool:
        return role in self.roles


def staff() -> list[Member]:
    """Every active user who works applications (an admin-only account is not staff)."""
    users = User.select().where(User.active == True).order_by(User.surname, User.name)  # noqa: E712
    return [
        Member(u.id, u.login, u.full_name, u.short_name, frozenset(u.role_set))
        for u in users
        if not u.has_role("admin") or len(u.role_set) > 1
    ]


def open_work(user_id: int) -> list[tuple[str, int]]:
    """(number, service) of the open applications an executor holds, to hand over."""
    q = (
        Application.select(Application.number, Application.service)
        .where(Application.executor == user_id, Application.closed_at.is_null())
        .order_by(Application.id)
    )
    rows: Any = q.tuples()  # (number, service) pairs; the stubs type them as models
    return [(str(number), int(service)) for number, service in rows]


def short_names() -> dict[int, str]:
    """Every user's short name by id (the queues' and the board's executor column)."""
    return {u.id: u.short_name for u in User.select()}


def executor_loads() -> list[Load]:
    """Every active executor with the number of open applications assigned to them."""
    counts: dict[int, int] = dict(
        tuples(
            Application.select(Application.executor, pw.fn.COUNT(Application.id))
            .where(Application.state != CLOSED, Application.executor.is_null(False))
            .group_by(Application.executor)
        )
    )
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
    term_late: bool = False  # rule 2: the term clock passed the term (`terms.is_overdue`)


def overdue_query(at: dt.datetime | None = None) -> pw.ModelSelect[Application]:
    """Open applications whose open step is past due or whose term may be (`overdue_page`
    keeps those the term clock says are), the longest late first: by the earlier of the two
    due times (what lateness counts from)."""
    at = at or now()
    open_step = (Step.application == Application.id) & Step.completed_at.is_null()
    late_since = pw.Case(
        None,
        [((Step.due_at.is_null(False)) & (Step.due_at < Application.term_due_at), Step.due_at)],
        Application.term_due_at,
    )
    return (
        Application.select(
            Application.id,
            Application.number,
            Application.service,
            Application.current_step,
            Application.executor,
            Application.term_due_at,
            Application.notice_due_at,
            Person.surname,
            Person.name,
            Person.patronymic,
            Step.role,
            Step.due_at,
        )
        .join(Person, on=(Application.person == Person.id))
        .switch(Application)
        .join(Step, pw.JOIN.LEFT_OUTER, on=open_step)
        .where(
            Application.state != CLOSED,
            (Application.term_due_at < at) | (Application.notice_due_at < at) | (Step.due_at < at),
        )
        .order_by(late_since, Application.id)
    )


def overdue_page(
    query: pw.ModelSelect[Application], offset: int, limit: int, at: dt.datetime | None = None
) -> tuple[list[OverdueRow], int]:
    """Up to `limit` board rows from the query's row `offset` on, and how many query rows
    were read (the next page's offset): a row whose step is on time stays only when the
    term clock (rule 2) passed its term."""
    at = at or now()
    out: list[OverdueRow] = []
    used = 0
    while len(out) < limit:
        raw = list(dicts(query.offset(offset + used).limit(limit)))
        if not raw:
            break
        steps = spans_of([r["id"] for r in raw])
        for r in raw:
            used += 1
            late = is_overdue(r["term_due_at"], r["notice_due_at"], steps[r["id"]], None, at)
            if late or (r["due_at"] is not None and r["due_at"] < at):
                out.append(
                    OverdueRow(
                        app_id=r["id"],
                        number=r["number"],
                        service=r["service"],
                        applicant=" ".join(p for p in (r["surname"], r["name"], r["patronymic"]) if p),
                        step_no=r["current_step"],
                        role=r["role"],
                        executor_id=r["executor"],
                        term_due_at=r["term_due_at"],
                        step_due_at=r["due_at"],
                        term_late=late,
                    )
                )
                if len(out) == limit:
                    break
    return out, used
