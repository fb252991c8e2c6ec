"""Dispatch bundles: what one dispatch inspector sent to the authorized body on one day.

A bundle is derived from `sent_to_body` movements (same inspector, same day), so a scan
is all it takes to add an application to the open bundle: no separate table to drift.
"""

from __future__ import annotations

import datetime as dt

from .models import Application, Movement, User


def bundle_of(user: User, day: dt.date) -> list[Application]:
    """The applications `user` sent on `day`, in the order they were scanned."""
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)
    return list(
        Application.select(Application)
        .join(Movement)
        .where(
            Movement.kind == "sent_to_body", Movement.user == user, Movement.at >= start, Movement.at < end
        )
        .order_by(Movement.at, Movement.id)
    )


def bundle_of_application(app: Application) -> tuple[User, dt.date, list[Application]] | None:
    """The bundle an application was sent in, or None if it was never sent."""
    mv = (
        Movement.select()
        .where(Movement.application == app, Movement.kind == "sent_to_body")
        .order_by(Movement.id.desc())
        .first()
    )
    if mv is None:
        return None
    day = mv.at.date()
    return mv.user, day, bundle_of(mv.user, day)
