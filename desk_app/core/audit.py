"""The audit log: who changed what, when, before and after, chained by SHA-256 hashes.

Rows are only ever appended; `verify_chain` finds a row altered, inserted or deleted.
Call `record` inside the transaction that makes the change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from . import row_images
from .clock import iso
from .db import transaction
from .models import AuditLog, OfficeSetting

GENESIS = "0" * 64
# json.dumps(x, ensure_ascii=False) byte for byte, without building an encoder per row
_payload = json.JSONEncoder(ensure_ascii=False).encode


def _canon(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def row_hash(
    prev: str,
    at: str,
    user: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
) -> str:
    payload = _payload([prev, at, user, action, entity, entity_id, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    user: str,
    action: str,
    entity: str,
    entity_id: object,
    before: Any = None,
    after: Any = None,
    at: dt.datetime | None = None,
) -> AuditLog:
    at = (at or dt.datetime.now()).replace(microsecond=0)
    b, a = _canon(before), _canon(after)
    with transaction():  # nested: a savepoint; alone: its own write turn, so the chain stays linear
        last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1).first()
        prev = last.hash if last else GENESIS
        h = row_hash(prev, iso(at) or "", user, action, entity, str(entity_id), b, a)
        row = AuditLog.create(
            at=at,
            user=user,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=b,
            after=a,
            prev_hash=prev,
            hash=h,
        )
        _mark_head(int(row.get_id()))
        row_images.after_record(user)  # the rows this transaction changed, imaged after its record
        return row


HEAD_KEY = "audit_head"


def _mark_head(record_id: int) -> None:
    """The office's own note of its last audit record, a business row imaged after it: cutting
    the chain's tail (even a record that changed no row, a failed PIN) leaves the note
    pointing past the end, or unlike its image."""
    OfficeSetting.insert(key=HEAD_KEY, value=str(record_id)).on_conflict(
        conflict_target=[OfficeSetting.key], update={OfficeSetting.value: str(record_id)}
    ).execute()


def append_many(
    items: Sequence[tuple[str, str, str, str, str | None]], at: dt.datetime | None = None, bare: bool = False
) -> None:
    """Append (user, action, entity, entity_id, after-text) rows to the chain at once: the
    after-images row_images.py writes after each statement (the text is already canonical)."""
    if not items:
        return
    at = (at or dt.datetime.now()).replace(microsecond=0)
    if bare:  # called while the caller's transaction commits: already inside it
        _append(items, at)
        return
    with transaction():
        _append(items, at)


def _append(items: Sequence[tuple[str, str, str, str, str | None]], at: dt.datetime) -> None:
    at_iso = iso(at) or ""
    newest = AuditLog.id.desc()
    last = AuditLog.select(AuditLog.hash).order_by(newest).limit(1).first()
    prev = last.hash if last else GENESIS
    rows = []
    for user, action, entity, eid, after in items:
        h = row_hash(prev, at_iso, user, action, entity, eid, None, after)
        rows.append((at, user, action, entity, eid, None, after, prev, h))
        prev = h
    f = AuditLog
    fields = [f.at, f.user, f.action, f.entity, f.entity_id, f.before, f.after, f.prev_hash, f.hash]
    for start in range(0, len(rows), 500):
        f.insert_many(rows[start : start + 500], fields=fields).as_rowcount().execute()


def verify_rows(rows: Iterable[tuple[Any, ...]]) -> list[str]:
    """Problems in (id, at, user, action, entity, entity_id, before, after, prev_hash, hash)
    rows given in id order; used on the live database and on a backup file before restoring."""
    problems = []
    prev = GENESIS
    for rid, at, user, action, entity, entity_id, before, after, prev_hash, hsh in rows:
        if prev_hash != prev:
            problems.append(f"audit row {rid}: chain broken (a row before it was removed or altered)")
        if not isinstance(at, dt.datetime):
            at = dt.datetime.fromisoformat(str(at))
        expect = row_hash(prev_hash, iso(at) or "", user, action, entity, entity_id, before, after)
        if expect != hsh:
            problems.append(f"audit row {rid}: contents altered")
        prev = hsh
    return problems


def verify_chain() -> list[str]:
    """Problems found in the chain, empty when every row is as written."""
    f = AuditLog
    q = (
        f.select(f.id, f.at, f.user, f.action, f.entity, f.entity_id, f.before, f.after, f.prev_hash, f.hash)
        .order_by(f.id)
        .tuples()
        .iterator()
    )
    return verify_rows(q)


row_images.bind(append_many, transaction)  # the images go into this chain, in the engine's transactions
