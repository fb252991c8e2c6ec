"""What waits for each role: paged queries behind the GUI's queues (no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from .clock import now
from .deadlines import urgency
from .models import Application, Person, Step
from .names import fold
from .workflow import IN_TRANSIT

SORTS = ("due", "number", "service", "applicant", "started")


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


def _base(role: str, service: int | None, text: str, executor_id: int | None) -> pw.ModelSelect:
    open_step = (Step.application == Application.id) & Step.completed_at.is_null()
    q = (Application.select(Application.id, Application.number, Application.service,
                            Application.channel, Application.state, Application.current_step,
                            Application.term_due_at, Application.executor,
                            Person.surname, Person.name, Person.patronymic, Person.iin,
                            Step.started_at, Step.due_at)
         .join(Person, on=(Application.person == Person.id))
         .switch(Application)
         .join(Step, pw.JOIN.LEFT_OUTER, on=open_step))
    if role == "center_inspector":
        # The Center inspector also waits for results in transit to be scanned in.
        q = q.where((Step.role == role) | (Application.state == IN_TRANSIT))
    else:
        q = q.where(Step.role == role)
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


def queue_query(role: str, service: int | None = None, text: str = "", sort: str = "due",
                descending: bool = False, executor_id: int | None = None) -> pw.ModelSelect:
    q = _base(role, service, text, executor_id)
    key = {"due": Step.due_at, "number": Application.number, "service": Application.service,
           "applicant": Person.surname_key, "started": Step.started_at}[sort]
    order = key.desc(nulls="LAST") if descending else key.asc(nulls="LAST")
    return q.order_by(order, Application.id)


def count(role: str, service: int | None = None, text: str = "",
          executor_id: int | None = None) -> int:
    return _base(role, service, text, executor_id).count()


def page(query: pw.ModelSelect, offset: int, limit: int) -> list[QueueRow]:
    rows = []
    for r in query.offset(offset).limit(limit).dicts():
        rows.append(QueueRow(
            app_id=r["id"], number=r["number"], service=r["service"], channel=r["channel"],
            state=r["state"], step_no=r["current_step"],
            applicant=" ".join(p for p in (r["surname"], r["name"], r["patronymic"]) if p),
            iin=r["iin"], started_at=r["started_at"], due_at=r["due_at"],
            term_due_at=r["term_due_at"], executor_id=r["executor"]))
    return rows
