"""The Center head's board (R2-R4 p.17): the head of the Center shares responsibility for
the term of the applications accepted at the Center. A read model only: nothing here writes.

Three lists, all of Center-channel applications still open:

- **late or at risk** — rule 2 of the term (`deadlines.overdue` / `term_clock`): late when
  the term clock (time to the result's readiness, less the time in not-counted steps and
  the travel after them) passed `term_due_at`; at risk when the result is not ready yet and
  the clock is within a quarter of the term (the span from submission to `term_due_at`)
  of its end;
- **folders in transit past step 2's limit** — sent by the dispatch inspector, not yet
  scanned in at the authorized body (the application waits for the arrival scan that opens
  the office clerk's step), and the dispatch step's due time has passed;
- **results waiting for issue** — the result is on its way to the Center (sent by the
  executor, not yet scanned in) or at the Center with the issue step open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from .clock import now
from .deadlines import StepSpan, term_clock
from .models import Application, Person, Step
from .regulation import Service
from .terms import is_overdue

CLOSED = "closed"
LATE, AT_RISK = "late", "at_risk"
TO_BODY, RESULT_TRAVELLING, AT_CENTER = "to_body", "result_travelling", "at_center"


@dataclass(frozen=True)
class Row:
    app_id: int
    number: str
    service: int
    applicant: str
    state: str
    step_no: int | None
    submitted_at: dt.datetime
    term_due_at: dt.datetime
    status: str  # late / at_risk, or to_body / result_travelling / at_center
    since: dt.datetime | None = None  # the moment the listed situation began
    due: dt.datetime | None = None  # the deadline it is measured against


@dataclass
class Board:
    at: dt.datetime
    late: list[Row] = field(default_factory=list)
    at_risk: list[Row] = field(default_factory=list)
    in_transit: list[Row] = field(default_factory=list)
    awaiting_issue: list[Row] = field(default_factory=list)


def _service(app: Application) -> Service:
    from .workflow import service_of  # lazy: keeps this read model light

    return service_of(app)


def _row(
    app: Application, status: str, since: dt.datetime | None = None, due: dt.datetime | None = None
) -> Row:
    return Row(
        app.id,
        app.number,
        app.service,
        app.person.full_name,
        app.state,
        app.current_step,
        app.submitted_at,
        app.term_due_at,
        status,
        since,
        due,
    )


def _watched_step(app: Application) -> bool:
    """Waiting for the arrival scan at the authorized body, or for the result's issue."""
    if app.current_step is None:
        return False
    step = _service(app).step(app.current_step)
    return step.kind == "issue" or step.starts_on_scan


def _may_be_listed(app: Application, at: dt.datetime) -> bool:
    quarter = (app.term_due_at - app.submitted_at) / 4
    return at >= app.term_due_at - quarter or _watched_step(app)


def board(at: dt.datetime | None = None) -> Board:
    """The Center head's board at `at` (default now)."""
    at = at or now()
    out = Board(at)
    apps = list(
        Application.select(Application, Person)
        .join(Person, on=(Application.person == Person.id))
        .where(Application.channel == "center", Application.state != CLOSED, Application.submitted_at <= at)
        .order_by(Application.term_due_at, Application.id)
    )
    # The clock never runs ahead of `at`: an application whose last quarter has not begun by
    # `at` is neither late nor at risk, and needs its steps read only for the other lists.
    apps = [a for a in apps if _may_be_listed(a, at)]
    if not apps:
        return out
    steps: dict[int, list[Step]] = defaultdict(list)
    ids = [a.id for a in apps]
    for i in range(0, len(ids), 500):
        for s in Step.select().where(Step.application.in_(ids[i : i + 500])).order_by(Step.id):
            steps[s.application_id].append(s)
    for app in apps:
        rows = steps[app.id]
        spans = [StepSpan(s.started_at, s.completed_at, bool(s.counted), s.due_at is not None) for s in rows]
        clock, ready = term_clock(spans, None, at)
        term = app.term_due_at - app.submitted_at
        # the one overdue rule (terms.is_overdue): a defective package's return by its own term
        if is_overdue(app.term_due_at, app.notice_due_at, spans, None, at):
            out.late.append(_row(app, LATE, app.submitted_at, app.term_due_at))
        elif ready is None and app.term_due_at - clock <= term / 4:
            out.at_risk.append(_row(app, AT_RISK, app.submitted_at, app.term_due_at))
        if app.current_step is None:
            continue
        svc = _service(app)
        step = svc.step(app.current_step)
        open_rows = [s for s in rows if s.completed_at is None]
        if step.kind == "issue":
            if open_rows:
                out.awaiting_issue.append(_row(app, AT_CENTER, open_rows[-1].started_at))
            else:
                sent = rows[-1].completed_at if rows else None
                out.awaiting_issue.append(_row(app, RESULT_TRAVELLING, sent))
        elif step.starts_on_scan and not open_rows:
            # sent to the authorized body, waiting for its arrival scan: the folder travels
            # under the step before (the dispatch, R2-R4 T1 step 2)
            path = svc.path(app.channel)
            before = [s.no for s in path[: [p.no for p in path].index(step.no)]]
            dispatch = next((s for s in reversed(rows) if s.no in before), None)
            if dispatch is not None and dispatch.due_at is not None and at > dispatch.due_at:
                out.in_transit.append(_row(app, TO_BODY, dispatch.completed_at, dispatch.due_at))
    return out
