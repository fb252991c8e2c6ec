"""The audit log: who changed what, when, before and after, chained by SHA-256 hashes.

Rows are only ever appended; `verify_chain` finds a row altered, inserted or deleted.
Call `record` inside the transaction that makes the change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from .clock import iso
from .models import AuditLog

GENESIS = "0" * 64


def _canon(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def row_hash(prev: str, at: str, user: str, action: str, entity: str, entity_id: str,
             before: str | None, after: str | None) -> str:
    payload = json.dumps([prev, at, user, action, entity, entity_id, before, after],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(user: str, action: str, entity: str, entity_id: object, before: Any = None,
           after: Any = None, at: dt.datetime | None = None) -> AuditLog:
    at = (at or dt.datetime.now()).replace(microsecond=0)
    last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1).first()
    prev = last.hash if last else GENESIS
    b, a = _canon(before), _canon(after)
    h = row_hash(prev, iso(at) or "", user, action, entity, str(entity_id), b, a)
    return AuditLog.create(at=at, user=user, action=action, entity=entity,
                           entity_id=str(entity_id), before=b, after=a, prev_hash=prev, hash=h)


def verify_chain() -> list[str]:
    """Problems found in the chain, empty when every row is as written."""
    problems = []
    prev = GENESIS
    for row in AuditLog.select().order_by(AuditLog.id).iterator():
        if row.prev_hash != prev:
            problems.append(f"audit row {row.id}: chain broken (a row before it was removed "
                            f"or altered)")
        at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(str(row.at))
        expect = row_hash(row.prev_hash, iso(at) or "", row.user, row.action, row.entity,
                          row.entity_id, row.before, row.after)
        if expect != row.hash:
            problems.append(f"audit row {row.id}: contents altered")
        prev = row.hash
    return problems
