"""The office clock: naive local time, whole seconds. Tests and the demo pass explicit times."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def iso(t: dt.datetime | dt.date | None) -> str | None:
    if t is None:
        return None
    if isinstance(t, dt.datetime):
        return t.replace(microsecond=0).isoformat(timespec="seconds")
    return t.isoformat()
