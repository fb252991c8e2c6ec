"""The monthly report's database reads: a few aggregate queries and streamed row iterators.

Nothing here loads model objects in bulk: aggregates come back as tuples, the long lists
(register, overdue, movements) are cursor iterators read in chunks, with one extra query
per chunk for the chunk's counted terms and refusal grounds. Works on SQLite and PostgreSQL.
See `monthly.py` for what each figure means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, NamedTuple

import peewee as pw
from peewee import JOIN, Case, fn

from desk_app.core.clock import read_time as _at
from desk_app.core.clock import read_time_or_none as _dt
from desk_app.core.models import Application, Movement, Person, RefusalGround, Step, User, database, tuples
from desk_app.core.terms import is_overdue, spans_of

A = Application
POSITIVE = ("notification", "decision")
GROUNDED = ("refusal", "return")  # the results that cite grounds (RefusalGround rows)
CHUNK = 500  # rows per extra query; keeps IN lists well under SQLite's variable limit


@contextmanager
def small_page_cache(kib: int = 4096) -> Iterator[None]:
    """On SQLite, shrink this connection's page cache while the export scans the month.

    The office's connections keep a 32 MB cache for the desk's lookups; a report that reads
    every row of the month once gains nothing from it, and would hold it all at its peak.
    """
    db = database.obj
    if not isinstance(db, pw.SqliteDatabase):
        yield
        return
    old = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(old)}")


@dataclass(frozen=True)
class Window:
    """The report month [start, end) and the moment its state is taken at (`cutoff`)."""

    start: dt.datetime
    end: dt.datetime
    cutoff: dt.datetime  # = end, or the export moment for the month still running


def month_window(year: int, month: int, now: dt.datetime) -> Window:
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return Window(start, end, min(end, now))


def days_between(a: Any, b: Any) -> pw.Node:
    """`b - a` in days (float), in SQL."""
    if isinstance(database.obj, pw.PostgresqlDatabase):
        return fn.date_part("epoch", b - a) / 86400.0
    return fn.julianday(b) - fn.julianday(a)


def _count_if(cond: pw.Node) -> pw.Node:
    return fn.SUM(Case(None, [(cond, 1)], 0))


def _open_at(cutoff: dt.datetime) -> pw.Node:
    return A.closed_at.is_null() | (A.closed_at >= cutoff)


@dataclass
class ServiceFigures:
    received_center: int = 0
    received_direct: int = 0
    completed: int = 0
    refused: int = 0
    returned: int = 0  # closed with the reasoned return of a defective package (R2 p.10)
    in_progress: int = 0
    overdue: int = 0
    term_n: int = 0  # closed in the month: applications the term figures average over
    term_avg: float | None = None
    term_max: float | None = None
    grounds: dict[str, int] = field(default_factory=dict)  # refusals per refusal ground
    return_grounds: dict[str, int] = field(default_factory=dict)  # returns per return ground

    @property
    def received(self) -> int:
        return self.received_center + self.received_direct

    @property
    def closed(self) -> int:
        """Closed in the month, whatever the result."""
        return self.completed + self.refused + self.returned

    @property
    def overdue_share(self) -> float | None:
        return self.overdue / self.received if self.received else None


def service_figures(w: Window) -> dict[int, ServiceFigures]:
    """The summary's figures per service number (only services that have any)."""
    in_month = (A.submitted_at >= w.start) & (A.submitted_at < w.cutoff)
    closed_in = (A.closed_at >= w.start) & (A.closed_at < w.cutoff)
    open_at = _open_at(w.cutoff)
    q = (
        A.select(
            A.service,
            _count_if(in_month & (A.channel == "center")),
            _count_if(in_month & (A.channel == "direct")),
            _count_if(closed_in & A.result.in_(POSITIVE)),
            _count_if(closed_in & (A.result == "refusal")),
            _count_if(closed_in & (A.result == "return")),
            _count_if(open_at),
        )
        .where(A.submitted_at < w.cutoff)
        .group_by(A.service)
    )
    out: dict[int, ServiceFigures] = {}
    for svc, *nums in tuples(q):
        center, direct, completed, refused, returned, in_progress = (int(n or 0) for n in nums)
        out[svc] = ServiceFigures(
            received_center=center,
            received_direct=direct,
            completed=completed,
            refused=refused,
            returned=returned,
            in_progress=in_progress,
        )
    # Overdue by the term clock (rule 2): it needs each application's steps, read per chunk.
    month = (
        A.select(A.id, A.service, A.term_due_at, A.notice_due_at, A.closed_at)
        .where(A.submitted_at >= w.start, A.submitted_at < w.cutoff)
        .order_by(A.id)
    )
    for raw in _chunks(_rows(month)):
        flags = overdue_flags([(r[0], _at(r[2]), _dt(r[3]), _dt(r[4])) for r in raw], w.cutoff)
        for r in raw:
            if flags[r[0]]:
                out[r[1]].overdue += 1
    # Counted term of the applications closed in the month: their counted steps' durations.
    per_app = (
        Step.select(
            A.service.alias("service"), fn.SUM(days_between(Step.started_at, Step.completed_at)).alias("days")
        )
        .join(A, on=(Step.application == A.id))
        .where(closed_in, Step.counted == True, Step.completed_at.is_null(False))  # noqa: E712
        .group_by(Step.application, A.service)
    ).alias("t")
    agg = (
        pw.Select(
            [per_app],
            [per_app.c.service, fn.COUNT(pw.SQL("*")), fn.AVG(per_app.c.days), fn.MAX(per_app.c.days)],
        )
        .group_by(per_app.c.service)
        .bind(database.obj)
    )
    for svc, n, avg, mx in tuples(agg):
        f = out.setdefault(svc, ServiceFigures())
        f.term_n, f.term_avg, f.term_max = int(n), float(avg), float(mx)
    # Grounds (RefusalGround rows) of the refusals and of the returns, kept apart.
    grounds = (
        RefusalGround.select(A.service, A.result, RefusalGround.code, fn.COUNT(A.id.distinct()))
        .join(A)
        .where(closed_in, A.result.in_(GROUNDED))
        .group_by(A.service, A.result, RefusalGround.code)
    )
    for svc, result, code, n in tuples(grounds):
        f = out.setdefault(svc, ServiceFigures())
        (f.grounds if result == "refusal" else f.return_grounds)[code] = int(n)
    return out


def monthly_trend(windows: list[Window]) -> list[tuple[int, int]]:
    """(received, completed with a positive result) for each window, in one query."""
    cols = []
    for w in windows:
        cols.append(_count_if((A.submitted_at >= w.start) & (A.submitted_at < w.cutoff)))
        cols.append(_count_if((A.closed_at >= w.start) & (A.closed_at < w.cutoff) & A.result.in_(POSITIVE)))
    # No lower bound: an application closed in the first month may be older than it.
    row = next(tuples(A.select(*cols).where(A.submitted_at < windows[-1].cutoff)), None)
    nums = [int(n or 0) for n in (row or [])] or [0] * len(cols)
    return [(nums[2 * i], nums[2 * i + 1]) for i in range(len(windows))]


def _chunks(it: Iterator[tuple[Any, ...]], size: int = CHUNK) -> Iterator[list[tuple[Any, ...]]]:
    while chunk := list(islice(it, size)):
        yield chunk


def _rows(query: pw.Query) -> Iterator[tuple[Any, ...]]:
    """The query's raw DB-API rows, streamed: no model objects, no per-value converters."""
    cursor = database.obj.execute(query)
    try:
        while batch := cursor.fetchmany(CHUNK):
            yield from batch
    finally:
        cursor.close()


def overdue_flags(
    apps: list[tuple[int, dt.datetime, dt.datetime | None, dt.datetime | None]], at: dt.datetime
) -> dict[int, bool]:
    """Rule 2 (`terms.is_overdue`) at `at` for (id, term_due_at, notice_due_at, closed_at)
    rows: one query for their steps."""
    rows = spans_of([a[0] for a in apps], at)
    return {aid: is_overdue(term, notice, rows[aid], closed, at) for aid, term, notice, closed in apps}


class RegisterRow(NamedTuple):
    number: str
    service: int
    channel: str
    wording: str
    submitted_at: dt.datetime
    term_due_at: dt.datetime
    closed_at: dt.datetime | None  # None unless closed before the cutoff
    result: str | None  # likewise
    iin: str
    surname: str
    name: str
    patronymic: str
    executor_id: int | None
    grounds: tuple[str, ...]
    days: float | None  # counted term, for an application closed before the cutoff
    late: bool  # rule 2 at the cutoff

    def overdue(self, cutoff: dt.datetime) -> bool:
        return self.late


def register_rows(w: Window) -> Iterator[RegisterRow]:
    """Every application submitted in the month, in order of submission."""
    q = (
        A.select(
            A.id,
            A.number,
            A.service,
            A.channel,
            A.wording,
            A.submitted_at,
            A.term_due_at,
            A.closed_at,
            A.result,
            Person.iin,
            Person.surname,
            Person.name,
            Person.patronymic,
            A.executor,
            A.notice_due_at,
        )
        .join(Person, on=(A.person == Person.id))
        .where(A.submitted_at >= w.start, A.submitted_at < w.cutoff)
        .order_by(A.submitted_at, A.id)
    )
    for raw in _chunks(_rows(q)):
        late = overdue_flags([(r[0], _at(r[6]), _dt(r[14]), _dt(r[7])) for r in raw], w.cutoff)
        closed = [(r[0], r[8]) for r in raw if (c := _dt(r[7])) is not None and c < w.cutoff]
        days, grounds = _closed_figures(closed)
        for app_id, number, svc, channel, wording, sub, term, closed_raw, result, *person, ex, _ in raw:
            closed_at = _dt(closed_raw)
            done = closed_at is not None and closed_at < w.cutoff
            d = days.get(app_id)
            yield RegisterRow(
                number,
                svc,
                channel,
                wording,
                _at(sub),
                _at(term),
                closed_at if done else None,
                result if done else None,
                person[0],
                person[1],
                person[2],
                person[3] or "",
                ex,
                tuple(grounds.get(app_id, ())),
                float(d) if done and d is not None else (0.0 if done else None),
                late[app_id],
            )


def _closed_figures(closed: list[tuple[int, str]]) -> tuple[dict[int, float], dict[int, list[str]]]:
    """For (id, result) of applications closed before the cutoff: their counted terms in
    days, and the grounds of the refusals and returns in the order recorded. Two queries."""
    if not closed:
        return {}, {}
    days: dict[int, float] = dict(
        tuples(
            Step.select(Step.application, fn.SUM(days_between(Step.started_at, Step.completed_at)))
            .where(
                Step.application.in_([c[0] for c in closed]),
                Step.counted == True,  # noqa: E712
                Step.completed_at.is_null(False),
            )
            .group_by(Step.application)
        )
    )
    grounds: dict[int, list[str]] = {}
    grounded = [app_id for app_id, result in closed if result in GROUNDED]
    if grounded:
        for app_id, code in tuples(
            RefusalGround.select(RefusalGround.application, RefusalGround.code)
            .where(RefusalGround.application.in_(grounded))
            .order_by(RefusalGround.id)
        ):
            grounds.setdefault(app_id, []).append(code)
    return days, grounds


class OverdueRow(NamedTuple):
    number: str
    service: int
    channel: str
    wording: str
    submitted_at: dt.datetime
    term_due_at: dt.datetime
    step_no: int | None  # None: no step open at the cutoff (the result is on its way)
    step_role: str | None
    step_due_at: dt.datetime | None
    step_user_id: int | None
    executor_id: int | None


def _overdue_query(w: Window) -> pw.ModelSelect[Application]:
    open_step = (
        (Step.application == A.id)
        & (Step.started_at < w.cutoff)
        & (Step.completed_at.is_null() | (Step.completed_at >= w.cutoff))
    )
    return (
        A.select(
            A.number,
            A.service,
            A.channel,
            A.wording,
            A.submitted_at,
            A.term_due_at,
            Step.no,
            Step.role,
            Step.due_at,
            Step.user,
            A.executor,
            A.id,
            A.notice_due_at,
        )
        .join(Step, JOIN.LEFT_OUTER, on=open_step)
        .where(
            A.submitted_at < w.cutoff,
            _open_at(w.cutoff),
            (A.term_due_at < w.cutoff) | (A.notice_due_at < w.cutoff) | (Step.due_at < w.cutoff),
        )
    )


def overdue_count(w: Window) -> int:
    return sum(1 for _ in overdue_rows(w))


def overdue_rows(w: Window) -> Iterator[OverdueRow]:
    """Applications open at the cutoff whose open step is past due, or whose term clock
    (rule 2) passed the term. The query's `term_due_at < cutoff` is only a pre-filter: the
    clock never runs ahead of the calendar."""
    for raw in _chunks(_rows(_overdue_query(w).order_by(A.submitted_at, A.id))):
        late = overdue_flags([(r[11], _at(r[5]), _dt(r[12]), None) for r in raw], w.cutoff)
        for r in raw:
            step_due = _dt(r[8])
            step_late = step_due is not None and step_due < w.cutoff
            if step_late or late[r[11]]:
                yield OverdueRow(
                    r[0], r[1], r[2], r[3], _at(r[4]), _at(r[5]), r[6], r[7], step_due, r[9], r[10]
                )


class MovementRow(NamedTuple):
    at: dt.datetime
    number: str
    service: int
    kind: str
    role: str
    user_id: int
    payload: str


def movement_count(w: Window) -> int:
    return Movement.select().where(Movement.at >= w.start, Movement.at < w.cutoff).count()


def movement_rows(w: Window) -> Iterator[MovementRow]:
    q = (
        Movement.select(
            Movement.at, A.number, A.service, Movement.kind, Movement.role, Movement.user, Movement.payload
        )
        .join(A, on=(Movement.application == A.id))
        .where(Movement.at >= w.start, Movement.at < w.cutoff)
        .order_by(Movement.at, Movement.id)
    )
    for r in _rows(q):
        yield MovementRow(_at(r[0]), *r[1:])


@dataclass(frozen=True)
class Staff:
    surname: str
    name: str
    patronymic: str
    roles: frozenset[str]
    active: bool


def staff() -> dict[int, Staff]:
    """All users (an office has tens): id -> names and roles."""
    return {
        uid: Staff(s, n, p or "", frozenset(r for r in roles.split(",") if r), bool(act))
        for uid, s, n, p, roles, act in tuples(
            User.select(User.id, User.surname, User.name, User.patronymic, User.roles, User.active)
        )
    }


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    answered: int
    open_at_end: int
    late: int


def complaint_figures(w: Window) -> ComplaintFigures:
    """The month's complaints (R1-R4 p.18); see `monthly.py`. Only complaints entered before
    the cutoff are seen, so a finished month reads the same later."""
    from desk_app.core.models import Complaint as C

    first = w.start.date()
    last = (w.cutoff - dt.timedelta(seconds=1)).date()  # the last day the report covers
    seen = C.created_at < w.cutoff
    answered_by_end = C.answered_on.is_null(False) & (C.answered_on <= last)
    open_at_end = (C.received_on <= last) & ~answered_by_end
    answered_in = C.answered_on.between(first, last)
    due_day = (
        C.answer_due_at.cast("date")
        if isinstance(database.obj, pw.PostgresqlDatabase)
        else fn.DATE(C.answer_due_at)
    )
    late = C.answer_due_at.is_null(False) & (
        (answered_in & (C.answered_on > due_day)) | (open_at_end & (C.answer_due_at < w.cutoff))
    )
    query = C.select(
        _count_if(C.received_on.between(first, last)),
        _count_if(answered_in),
        _count_if(open_at_end),
        _count_if(late),
    ).where(seen)
    row = next(tuples(query), None)
    return ComplaintFigures(*(int(v or 0) for v in (row or (0, 0, 0, 0))))
