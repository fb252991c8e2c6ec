"""Telling the applicant of the result, and what the card shows of a service 1 registration.

- R1 p.11(4): the executor informs the applicant of the result; the engine records how and
  when (`workflow.inform`). `awaiting_inform(executor)` lists the executor's closed
  applications of a service that informs (`Service.informs_applicant`) not yet marked.
- R1 p.6: the card shows "registered as unemployed since DATE, decision NUMBER":
  `unemployed_registration(person)` reads it from the person's latest closed service 1
  application whose result is the decision. DATE is the day it closed; NUMBER is the
  outgoing journal number of the first printed copy of its decision, or the application's
  number when the decision was never printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .models import Application, Person, User

INFORM_WAYS = ("in_person", "phone", "letter")
CLOSED = "closed"


def _informs(app: Application) -> bool:
    from .workflow import service_of  # lazy: workflow imports much of core

    try:
        return service_of(app).informs_applicant
    except Exception:  # noqa: BLE001 - a wording no longer known: nothing to inform
        return False


def _informing_services() -> list[int]:
    from .workflow import regulations

    return sorted({s.no for w in regulations().wordings for s in w.services.values() if s.informs_applicant})


@dataclass(frozen=True)
class ToInform:
    """A result the applicant is still to be told of (the executor's list)."""

    number: str
    applicant: str
    result: str | None
    closed_at: dt.datetime | None


def awaiting_inform(
    executor: User | int | None = None, limit: int = 500, days: int = 90, at: dt.datetime | None = None
) -> list[ToInform]:
    """Closed applications with a result whose applicant has not been marked as told, closed
    in the last `days` days (an older one is long past telling), latest first."""
    since = (at or dt.datetime.now()) - dt.timedelta(days=days)
    q = (
        Application.select()
        .where(
            Application.state == CLOSED,
            Application.service.in_(_informing_services()),
            Application.closed_at >= since,
            Application.result.is_null(False),
            Application.informed_at.is_null(),
        )
        .order_by(Application.closed_at.desc(), Application.id.desc())
    )
    if executor is not None:
        q = q.where(Application.executor == executor)
    out: list[ToInform] = []
    for app in q.limit(limit * 4):
        if _informs(app):
            out.append(ToInform(app.number, app.person.full_name, app.result, app.closed_at))
            if len(out) >= limit:
                break
    return out


@dataclass(frozen=True)
class Registration:
    application: str
    since: dt.date
    decision_no: str
    printed: bool  # False: the decision was never printed, the number is the application's


def unemployed_registration(person: Person | int) -> Registration | None:
    pid = person if isinstance(person, int) else person.id
    app = (
        Application.select()
        .where(
            Application.person == pid,
            Application.service == 1,
            Application.state == CLOSED,
            Application.result == "decision",
        )
        .order_by(Application.closed_at.desc(), Application.id.desc())
        .first()
    )
    if app is None or app.closed_at is None:
        return None
    from desk_app.documents.journal import PrintedDocument  # lazy: documents import core

    doc = (
        PrintedDocument.select(PrintedDocument.journal_no)
        .where(PrintedDocument.application == app, PrintedDocument.kind == "decision")
        .order_by(PrintedDocument.id)
        .first()
    )
    if doc is not None:
        return Registration(app.number, app.closed_at.date(), doc.journal_no, True)
    return Registration(app.number, app.closed_at.date(), app.number, False)
