"""What waits for each role: paged queries behind the GUI's queues (no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from .clock import now, read_time
from .clock import read_time_or_none as _dt
from .deadlines import urgency
from .models import Application, Person, Step, dicts
from .names import fold
from .workflow import regulations


@dataclass(frozen=True)
class QueueRow:
    app_id: int
    number: str
    service: int
    channel: str
    state: str
    step_no: int | None
    applicant: str
    iin: str
    started_at: dt.datetime | None
    due_at: dt.datetime | None
    term_due_at: dt.datetime
    executor_id: int | None

    def urgency(self, at: dt.datetime | None = None) -> str:
        if self.started_at is None:
            return "on_time"
        return urgency(self.started_at, self.due_at, at or now())

    def time_left(self, at: dt.datetime | None = None) -> dt.timedelta | None:
        return None if self.due_at is None else self.due_at - (at or now())


def transit_state_of(role: str) -> str | None:
    """The state of folders travelling to `role` (a step that opens on their arrival scan):
    results to the Center inspector, packages to the office clerk; None for other roles."""
    for w in regulations().wordings:
        for svc in w.services.values():
            for st in svc.steps:
                if st.starts_on_scan and st.role == role:
                    return st.transit_state
    return None


def _filtered(
    q: pw.ModelSelect[Any], service: int | None, text: str, executor_id: int | None
) -> pw.ModelSelect[Any]:
    if executor_id is not None:
        q = q.where(Application.executor == executor_id)
    if service:
        q = q.where(Application.service == service)
    t = fold(text or "")
    if t:
        if t[:1].isdigit():
            q = q.where((Application.number.startswith(t.upper())) | (Person.iin.startswith(t)))
        else:
            q = q.where((Person.surname_key >= t) & (Person.surname_key < t + "\uffff"))
    return q


_COLUMNS = (
    Application.id,
    Application.number,
    Application.service,
    Application.channel,
    Application.state,
    Application.current_step,
    Application.term_due_at,
    Application.executor,
    Person.surname,
    Person.name,
    Person.patronymic,
    Person.iin,
)


class Queue:
    """One role's queue, paged. Driven from the open steps (the partial index
    `step_open_queue`, migration 0005), so a page of a 100,000-row queue reads a page.

    The Center inspector's and the office clerk's queues have a second part after the open
    steps: folders in transit to them (scanned in later, so no open step and no due time yet).
    """

    def __init__(
        self,
        role: str,
        service: int | None = None,
        text: str = "",
        sort: str = "due",
        descending: bool = False,
        executor_id: int | None = None,
        step_kind: str | None = None,
    ) -> None:
        self.role, self.service, self.text = role, service, text
        self.sort, self.descending, self.executor_id = sort, descending, executor_id
        self.step_kind = step_kind  # only applications at a step of this kind (the head's filter)
        self._counts: list[int] | None = None
        self.capped = False  # count() is a lower bound (see COUNT_CAP)

    def _filters(self) -> bool:
        return bool(self.service or fold(self.text or "") or self.executor_id is not None or self.step_kind)

    def _step_condition(self) -> pw.Expression | None:
        pairs = steps_of_kind(self.role, self.step_kind) if self.step_kind else []
        if not self.step_kind:
            return None
        if not pairs:
            return Step.id < 0  # no step of that kind for this role: nothing
        cond = None
        for service, no in pairs:
            c = (Application.service == service) & (Step.no == no)
            cond = c if cond is None else cond | c
        return cond

    def _steps_part(self, columns: bool = True) -> pw.ModelSelect:
        cols = (*_COLUMNS, Step.started_at, Step.due_at) if columns else (Step.id,)
        q = Step.select(*cols).where(Step.completed_at.is_null(), Step.role == self.role)
        if columns or self._filters():
            q = q.join(Application, on=(Step.application == Application.id)).join(
                Person, on=(Application.person == Person.id)
            )
        cond = self._step_condition()
        if cond is not None:
            q = q.where(cond)
        return _filtered(q, self.service, self.text, self.executor_id)

    def _transit_part(self) -> pw.ModelSelect:
        q = (
            Application.select(*_COLUMNS, pw.Value(None).alias("started_at"), pw.Value(None).alias("due_at"))
            .join(Person, on=(Application.person == Person.id))
            .where(Application.state == transit_state_of(self.role))
        )
        return _filtered(q, self.service, self.text, self.executor_id)

    def _parts(self) -> list[pw.ModelSelect]:
        parts = [self._ordered(self._steps_part(), steps=True)]
        if transit_state_of(self.role):
            parts.append(self._ordered(self._transit_part(), steps=False))
        return parts

    def _ordered(self, q: pw.ModelSelect, steps: bool) -> pw.ModelSelect:
        if self.sort == "due" and steps and not self.descending:
            # exactly the index's order, so SQLite walks it instead of sorting
            return q.order_by(Step.due_at.is_null(), Step.due_at, Step.application)
        key: Any = {  # a peewee column
            "due": Step.due_at,
            "started": Step.started_at,
            "number": Application.number,
            "service": Application.service,
            "applicant": Person.surname_key,
        }[self.sort]
        if not steps and self.sort in ("due", "started"):
            key = Application.number
        order = key.desc(nulls="LAST") if self.descending else key.asc(nulls="LAST")
        return q.order_by(order, Application.id)

    # A filtered count over a huge queue would read every match (a common surname in a
    # 100,000-row queue: ~0.5 s per keystroke); past this many the count says "at least".
    COUNT_CAP = 2000

    def _count(self, q: pw.ModelSelect) -> int:
        if not self._filters():
            return q.count()
        n = q.select(pw.SQL("1")).limit(self.COUNT_CAP + 1).count()
        if n > self.COUNT_CAP:
            self.capped = True
        return n

    def counts(self) -> list[int]:
        if self._counts is None:
            self.capped = False
            self._counts = [self._count(self._steps_part(columns=False))]
            if transit_state_of(self.role):
                self._counts.append(self._count(self._transit_part()))
        return self._counts

    def count(self) -> int:
        return sum(self.counts())

    def page(self, offset: int, limit: int) -> list[QueueRow]:
        rows: list[QueueRow] = []
        for i, (part, n) in enumerate(zip(self._parts(), self.counts(), strict=True)):
            if self.capped and i == 0:
                n = 1 << 62  # the first part's true size is unknown: read on until it runs out
            if offset >= n:
                offset -= n
                continue
            rows.extend(_row(r) for r in dicts(part.offset(offset).limit(limit - len(rows))))
            offset = 0
            if len(rows) >= limit:
                break
        return rows


def steps_of_kind(role: str, kind: str) -> list[tuple[int, int]]:
    """(service, step no) of every step of `kind` that `role` takes, in any wording."""
    out: set[tuple[int, int]] = set()
    for w in regulations().wordings:
        for svc in w.services.values():
            for channel in svc.channels:
                out.update((svc.no, st.no) for st in svc.path(channel) if st.role == role and st.kind == kind)
    return sorted(out)


def _row(r: dict[str, Any]) -> QueueRow:
    return QueueRow(
        app_id=r["id"],
        number=r["number"],
        service=r["service"],
        channel=r["channel"],
        state=r["state"],
        step_no=r["current_step"],
        applicant=" ".join(p for p in (r["surname"], r["name"], r["patronymic"]) if p),
        iin=r["iin"],
        started_at=_dt(r["started_at"]),
        due_at=_dt(r["due_at"]),
        term_due_at=read_time(r["term_due_at"]),
        executor_id=r["executor"],
    )
