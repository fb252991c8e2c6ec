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


def read_time(v: object) -> dt.datetime:
    """A stored time as a datetime: raw rows come back as text on SQLite ('2025-05-01 10:00:00')
    and as datetimes on PostgreSQL."""
    return v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(str(v))


def read_time_or_none(v: object) -> dt.datetime | None:
    """`read_time` of a column that may be NULL."""
    return None if v is None else read_time(v)
