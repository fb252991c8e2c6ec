"""Scans that did not move a folder: unknown codes and refused scans, kept for the office.

A refused scan is often the first sign of a broken chain of custody (the clerk holds a
folder the Center never marked as sent), so it is kept, not only logged to a file.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from .models import BaseModel


class ScanLogEntry(BaseModel):
    at = pw.DateTimeField(index=True)
    role = pw.CharField(max_length=30)
    user = pw.CharField(max_length=64)
    outcome = pw.CharField(max_length=20)  # unknown, refused
    number = pw.CharField(max_length=20, null=True)
    payload = pw.CharField(max_length=200)
    kk = pw.TextField()
    ru = pw.TextField()


def problems(since: dt.datetime | None = None, limit: int = 200) -> list[ScanLogEntry]:
    """The latest unknown and refused scans, newest first."""
    q = ScanLogEntry.select().order_by(ScanLogEntry.id.desc()).limit(limit)
    if since is not None:
        q = q.where(ScanLogEntry.at >= since)
    return list(q)
