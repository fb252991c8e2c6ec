"""An application's terms read from its stored rows: overdue (rule 2) and the figures a
recomputation expects, shared by the engine's look-ups, the migration that put old
databases right (0007), `check`, the boards and the monthly report.

The rules themselves are `deadlines`'; this module only turns Step rows into what they need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .calendar import WorkCalendar
from .clock import read_time as _at
from .clock import read_time_or_none as _dt
from .deadlines import StepSpan, step_due, term_clock
from .deadlines import overdue as clock_overdue
from .deadlines import result_due as path_result_due
from .deadlines import term_due as path_term_due
from .regulation import Service


def spans(rows: Iterable[Any]) -> list[StepSpan]:
    """StepSpans of Step rows (or anything with started_at, completed_at, counted, due_at)."""
    return [StepSpan(r.started_at, r.completed_at, bool(r.counted), r.due_at is not None) for r in rows]


def spans_of(app_ids: Sequence[int], at: dt.datetime | None = None) -> dict[int, list[StepSpan]]:
    """Every listed application's StepSpans (those started by `at`), read as raw rows in
    chunks: the boards, the charts and the report ask this for many applications at once."""
    from .models import Step

    out: dict[int, list[StepSpan]] = {a: [] for a in app_ids}
    ids = list(out)
    db = Step._meta.database
    for i in range(0, len(ids), 500):
        q = Step.select(
            Step.application, Step.started_at, Step.completed_at, Step.counted, Step.due_at
        ).where(Step.application.in_(ids[i : i + 500]))
        if at is not None:
            q = q.where(Step.started_at <= at)
        for aid, started, done, counted, due in db.execute(q).fetchall():
            out[aid].append(StepSpan(_at(started), _dt(done), bool(counted), due is not None))
    return out


def sent_moment(rows: Sequence[StepSpan], at: dt.datetime) -> dt.datetime | None:
    """When the result left the authorized body: the last step done before the result was
    ready (or travels to the Center), None while it is still being worked on."""
    seen = sorted((r for r in rows if r.started_at <= at), key=lambda r: r.started_at)
    for i, r in enumerate(seen):
        if not r.has_limit and not r.counted:  # the issue step: ready at the Center
            return seen[i - 1].completed_at if i else r.started_at
    if seen and seen[-1].completed_at is not None and seen[-1].completed_at <= at:
        return seen[-1].completed_at
    return None


def is_overdue(
    term_due_at: dt.datetime,
    notice_due_at: dt.datetime | None,
    rows: Sequence[StepSpan],
    closed_at: dt.datetime | None,
    at: dt.datetime,
) -> bool:
    """Rule 2; a defective package's reasoned return (R2 p.10) is late instead when it left
    the body after its own short term."""
    if notice_due_at is not None:
        return (sent_moment(rows, at) or at) > notice_due_at
    return clock_overdue(term_due_at, rows, closed_at, at)


def clock(rows: Sequence[StepSpan], closed_at: dt.datetime | None, at: dt.datetime) -> dt.datetime:
    """The term clock at `at` (see `deadlines.term_clock`)."""
    return term_clock(rows, closed_at, at)[0]


@dataclass
class Expected:
    """What the rules give for an application's stored figures."""

    term_due_at: dt.datetime
    result_due_at: dt.datetime
    step_due: dict[int, dt.datetime | None] = field(default_factory=dict)  # Step.id -> due_at


def expected(
    svc: Service,
    channel: str,
    submitted_at: dt.datetime,
    notice_due_at: dt.datetime | None,
    rows: Sequence[Any],
    cal: WorkCalendar,
) -> Expected:
    """The term, the printed date and every step row's due time by today's rules: a step
    opened again (a return for rework) keeps the due time of its first opening, and after a
    defective package was marked no step runs past the return's own term."""
    path = svc.path(channel)
    out = Expected(path_term_due(path, submitted_at, cal), path_result_due(path, submitted_at, cal))
    first: dict[int, dt.datetime | None] = {}
    returning = False
    for r in sorted(rows, key=lambda r: r.id):
        reg = svc.step(r.no)
        due = first[r.no] if r.no in first else step_due(reg, r.started_at, cal)
        first.setdefault(r.no, due)
        if returning and due is not None and notice_due_at is not None:
            due = min(due, notice_due_at)
        out.step_due[r.id] = due
        if r.outcome == "return":
            returning = True
    return out
