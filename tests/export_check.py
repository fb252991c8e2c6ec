"""Independent expectations for the monthly report, computed in Python from model rows."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from openpyxl import load_workbook

from desk_app.core.models import Application, Movement, RefusalGround, Step

# The summary's count columns C-J, in order (the share and the term days follow in K-M).
FIGS = (
    "received",
    "received_center",
    "received_direct",
    "completed",
    "refused",
    "returned",
    "in_progress",
    "overdue",
)


def window(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(year, month, 1)
    return start, dt.datetime(year + (month == 12), month % 12 + 1, 1)


def counted_days(app: Application) -> float:
    secs = sum(
        (s.completed_at - s.started_at).total_seconds()
        for s in Step.select().where(Step.application == app)
        if s.counted and s.completed_at is not None
    )
    return secs / 86400


def late_by_rule_2(a: Application, end: dt.datetime) -> bool:
    """Issue 12's rule 2, read independently of `deadlines.term_clock`: the moment the result
    was ready (the issue step's opening, else the closing, else `end`) less every stretch the
    application spent in a not-counted step or travelling after one, against the term; a
    defective package's return against its own term, by when it left the body."""
    rows = [
        s
        for s in Step.select().where(Step.application == a).order_by(Step.started_at, Step.id)
        if s.started_at <= end
    ]
    closed = a.closed_at if a.closed_at is not None and a.closed_at <= end else None
    if a.notice_due_at is not None:
        issue = [i for i, s in enumerate(rows) if s.due_at is None and not s.counted]
        if issue:
            left = rows[issue[0] - 1].completed_at
        elif rows and rows[-1].completed_at is not None and rows[-1].completed_at <= end:
            left = rows[-1].completed_at
        else:
            left = end
        return left > a.notice_due_at
    ready = next((s.started_at for s in rows if s.due_at is None and not s.counted), closed)
    stop = ready or end
    paused = 0.0
    starts = [s.started_at for s in rows]
    for i, s in enumerate(rows):
        if s.counted or s.started_at >= stop:
            continue
        upto = starts[i + 1] if i + 1 < len(rows) else (closed or end)
        paused += (min(upto, stop) - s.started_at).total_seconds()
    return stop - dt.timedelta(seconds=paused) > a.term_due_at


def expected(year: int, month: int) -> dict:
    """Per service: the summary figures, grounds and terms, straight from the models."""
    start, end = window(year, month)
    out: dict = defaultdict(
        lambda: {
            **{k: 0 for k in FIGS},
            "grounds": defaultdict(int),
            "return_grounds": defaultdict(int),
            "terms": [],
        }
    )
    register = []
    for a in Application.select().order_by(Application.submitted_at, Application.id):
        e = out[a.service]
        closed = a.closed_at if a.closed_at is not None and a.closed_at < end else None
        if start <= a.submitted_at < end:
            register.append(a.number)
            e["received"] += 1
            e["received_" + a.channel] += 1
            if late_by_rule_2(a, end):
                e["overdue"] += 1
        if a.submitted_at < end and closed is None:
            e["in_progress"] += 1
        if closed and closed >= start:
            if a.result in ("refusal", "return"):
                e["refused" if a.result == "refusal" else "returned"] += 1
                kind = "grounds" if a.result == "refusal" else "return_grounds"
                for g in RefusalGround.select().where(RefusalGround.application == a):
                    e[kind][g.code] += 1
            elif a.result in ("notification", "decision"):
                e["completed"] += 1
            else:
                raise AssertionError(f"closed with an unknown result: {a.result}")
            e["terms"].append(counted_days(a))
    return {"services": dict(out), "register": register}


def expected_movements(year: int, month: int) -> list[tuple[dt.datetime, str]]:
    start, end = window(year, month)
    return sorted((m.at, m.application.number) for m in Movement.select() if start <= m.at < end)


def figures(row: tuple) -> dict:
    """A summary row's counts (columns C-J) by name."""
    return dict(zip(FIGS, row[2 : 2 + len(FIGS)], strict=True))


def summary_rows(path) -> dict:
    """Read back the summary sheet: service rows, totals, grounds table (refusals per
    refusal ground in column C, returns per return ground in column D), trend table."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "№")
    services, total = {}, None
    i = head + 1
    while rows[i][1] is not None:
        if rows[i][0] is None:
            total = rows[i]
            break
        services[rows[i][0]] = rows[i]
        i += 1
    ground_head = next(j for j in range(i, len(rows)) if rows[j][0] == "№")
    grounds, return_grounds = {}, {}
    j = ground_head + 1
    while rows[j][0] is not None:
        refused, returned = rows[j][2:4]
        assert (refused is None) != (returned is None), rows[j]  # one kind of ground a row
        if refused is not None:
            grounds[(rows[j][0], rows[j][1])] = refused
        else:
            return_grounds[(rows[j][0], rows[j][1])] = returned
        j += 1
    # trend rows are labelled MM.YYYY (the complaints block below them is not)
    trend = [
        r
        for r in rows[j:]
        if isinstance(r[1], str) and re.fullmatch(r"\d\d\.\d{4}", r[1]) and isinstance(r[2], int)
    ]
    return {
        "wb": wb,
        "ws": ws,
        "services": services,
        "total": total,
        "grounds": grounds,
        "return_grounds": return_grounds,
        "trend": trend,
    }
