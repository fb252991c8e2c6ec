"""The figures behind the head's charts (issue 16.4): open work per executor by urgency and
overdue per service, each bar with the application numbers behind it.

Urgency is the queues' and the boards' own: overdue when the open step is past its due time
or the term clock passed the term (rule 2, `terms.is_overdue`); due soon when the open step
has a quarter of its limit left; on time otherwise. Only applications whose calendar term or
return term has passed can be late by rule 2, so only their steps are read: a million-card
office answers from one grouped read of its open applications.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .clock import now
from .clock import read_time as _at
from .clock import read_time_or_none as _dt
from .deadlines import DUE_SOON, ON_TIME, OVERDUE, urgency
from .models import Application, Step, User
from .terms import is_overdue, spans_of

BUCKETS = (ON_TIME, DUE_SOON, OVERDUE)


@dataclass
class Bar:
    """One bar of a chart: a label and, per bucket, the numbers of the applications in it."""

    key: int | str
    label: str
    numbers: dict[str, list[str]] = field(default_factory=lambda: {b: [] for b in BUCKETS})

    def count(self, bucket: str) -> int:
        return len(self.numbers[bucket])


@dataclass(frozen=True)
class _Open:
    id: int
    number: str
    service: int
    executor: int | None
    term_due_at: dt.datetime
    notice_due_at: dt.datetime | None
    started_at: dt.datetime | None
    due_at: dt.datetime | None


def _open_states() -> list[str]:
    from .workflow import regulations

    states = {
        s
        for w in regulations().wordings
        for svc in w.services.values()
        for st in svc.steps
        for s in (st.state, st.transit_state)
    }
    return sorted(states)


def _open_applications() -> list[_Open]:
    """Open applications by the state index and their open steps by the open-step index,
    joined here; raw rows (peewee's per-value converters cost more than the reads)."""
    db = Application._meta.database
    apps = db.execute(
        Application.select(
            Application.id,
            Application.number,
            Application.service,
            Application.executor,
            Application.term_due_at,
            Application.notice_due_at,
        ).where(Application.state.in_(_open_states()))
    ).fetchall()
    steps = {
        a: (s, d)
        for a, s, d in db.execute(
            Step.select(Step.application, Step.started_at, Step.due_at).where(Step.completed_at.is_null())
        ).fetchall()
    }
    out = []
    for aid, number, service, executor, term, notice in apps:
        started, due = steps.get(aid, (None, None))
        out.append(_Open(aid, number, service, executor, _at(term), _dt(notice), _dt(started), _dt(due)))
    return out


def classify(at: dt.datetime | None = None) -> list[tuple[_Open, str]]:
    """Every open application with its urgency at `at`."""
    at = at or now()
    rows = _open_applications()
    suspects = [
        r.id for r in rows if r.term_due_at < at or (r.notice_due_at is not None and r.notice_due_at < at)
    ]
    steps = spans_of(suspects)
    out = []
    for r in rows:
        bucket = urgency(r.started_at, r.due_at, at) if r.started_at else ON_TIME
        if (
            bucket != OVERDUE
            and r.id in steps
            and is_overdue(r.term_due_at, r.notice_due_at, steps[r.id], None, at)
        ):
            bucket = OVERDUE
        out.append((r, bucket))
    return out


def all_bars(at: dt.datetime | None = None) -> tuple[list[Bar], list[Bar]]:
    """(per active executor, per service): open applications stacked on time / due soon /
    overdue, from one read."""
    people = [
        u
        for u in User.select()
        .where(User.active == True)  # noqa: E712
        .order_by(User.surname, User.name)
        if u.has_role("executor")
    ]
    by_exec = {u.id: Bar(u.id, u.short_name) for u in people}
    by_svc: dict[int, Bar] = {}
    for r, bucket in classify(at):
        if r.executor in by_exec:
            by_exec[r.executor].numbers[bucket].append(r.number)
        by_svc.setdefault(r.service, Bar(r.service, str(r.service))).numbers[bucket].append(r.number)
    return list(by_exec.values()), [by_svc[k] for k in sorted(by_svc)]


def executor_bars(at: dt.datetime | None = None) -> list[Bar]:
    return all_bars(at)[0]


def service_bars(at: dt.datetime | None = None) -> list[Bar]:
    return all_bars(at)[1]
