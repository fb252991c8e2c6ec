"""A second open application of the same service for the same person (no Qt).

Six open service-2 applications for one person in 72 seconds was a slip of the hand, not
six cases. Intake asks `open_applications` first; `submit_checked` refuses with
`OpenApplicationWarning` (naming the open ones) unless the clerk accepted it, and then
records the override in the same transaction as the new application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import audit, workflow
from .clock import now
from .db import transaction
from .errors import ValidationError
from .models import Application, Person, User


def open_applications(person: Person | int, service_no: int) -> list[Application]:
    """The person's applications of this service that are not closed yet, oldest first."""
    return list(
        Application.select()
        .where(
            (Application.person == person)
            & (Application.service == service_no)
            & Application.closed_at.is_null()
        )
        .order_by(Application.submitted_at, Application.id)
    )


class OpenApplicationWarning(ValidationError):
    """`open` lists the person's open applications of the same service."""

    def __init__(self, open_apps: list[Application]) -> None:
        numbers = ", ".join(a.number for a in open_apps)
        super().__init__(
            f"Бұл адамның осы қызмет бойынша ашық өтініші бар: {numbers}. Тағы біреуін қабылдау керек пе?",
            f"У этого человека уже есть открытое заявление по этой услуге: {numbers}. Принять ещё одно?",
            "service",
        )
        self.open = open_apps


def submit_checked(
    person: Person | int,
    service_no: int,
    channel: str,
    by: User | int,
    documents: Sequence[tuple[str | None, str]] = (),
    accept_open: bool = False,
    at: dt.datetime | None = None,
) -> Application:
    """`workflow.submit`, unless the person already has an open application of the service.

    With `accept_open` the clerk has seen the warning and goes on: the new application and
    an `application.open_duplicate_override` audit row naming the open ones are one
    transaction.
    """
    with transaction():  # the check and the new application are one transaction
        existing = open_applications(person, service_no)
        if existing and not accept_open:
            raise OpenApplicationWarning(existing)
        app = workflow.submit(person, service_no, channel, by, documents, at=at)
        if existing:
            audit.record(
                workflow.read_user(by).login,
                "application.open_duplicate_override",
                "application",
                app.number,
                None,
                {"person": app.person_id, "service": service_no, "open": [a.number for a in existing]},
                at or now(),
            )
    return app
