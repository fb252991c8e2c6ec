"""After-images: every business row, as stored, in the audit chain.

Each write through a model (`create`, `save`, `update()`, `delete()`, `insert_many` …) is
followed, in the same transaction, by one audit row per changed row: action `row.insert`,
`row.update` or `row.delete` (a tombstone), entity = the table, entity_id = the key, and
`after` = every column of the row as stored, in canonical JSON (stored bytes as their
SHA-256). `check` reads the table again and compares each row with its last image, so a
change made behind the application (raw SQL, a file edited by hand) is named by table and key.

The hook sits in `models.BaseModel`'s query classes, so no caller has to remember it; only
writes that bypass peewee (the bulk demo, migrations using raw SQL) call `image_rows` or
`audit_many` themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import peewee as pw

from . import models
from .models import BaseModel, database

PREFIX = "row."
INSERT, UPDATE, DELETE, BASELINE = "row.insert", "row.update", "row.delete", "row.baseline"
TOMBSTONE = "row.delete"
CHUNK = 500  # keys per `IN (…)` list: under SQLite's and PostgreSQL's parameter limits


def _plain(v: Any) -> Any:
    return v


def _boolean(v: Any) -> Any:
    return None if v is None else bool(v)


def _moment(v: Any) -> Any:
    # SQLite hands back the stored text, PostgreSQL a datetime: both become that text
    return str(v) if isinstance(v, (dt.datetime, dt.date)) else v


def _blob(v: Any) -> Any:
    if v is None:
        return None
    data = v.encode("utf-8") if isinstance(v, str) else bytes(v)  # SQLite may hold text there
    return {"sha256": hashlib.sha256(data).hexdigest()}


def _normalizer(f: pw.Field) -> Callable[[Any], Any]:
    if isinstance(f, pw.BooleanField):
        return _boolean
    if isinstance(f, (pw.DateTimeField, pw.DateField, pw.TimeField)):
        return _moment
    if isinstance(f, pw.BlobField):
        return _blob
    return _plain


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder: fast


@dataclass(frozen=True)
class Shape:
    """How one table's rows become images: its columns in canonical (sorted) order."""

    table: str
    pk: str
    columns: tuple[str, ...]
    norms: tuple[Callable[[Any], Any], ...]

    @property
    def select_sql(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        return f'SELECT {cols} FROM "{self.table}"'

    @property
    def pk_index(self) -> int:
        return self.columns.index(self.pk)

    def text(self, row: Sequence[Any]) -> str:
        """The canonical JSON of a row read with `select_sql`."""
        return _encode({c: n(v) for c, n, v in zip(self.columns, self.norms, row, strict=True)})


@cache
def shape(model: type[pw.Model]) -> Shape:
    fields = sorted(model._meta.sorted_fields, key=lambda f: f.column_name)
    return Shape(
        table=model._meta.table_name,
        pk=str(model._meta.primary_key.column_name),  # type: ignore[union-attr]
        columns=tuple(f.column_name for f in fields),
        norms=tuple(_normalizer(f) for f in fields),
    )


def imaged(model: type[pw.Model]) -> bool:
    return bool(getattr(model, "_imaged", False))


def business_models() -> list[type[pw.Model]]:
    """Every model whose rows are imaged: all are defined once desk_app.core is imported
    (its __init__ imports the modules that hold models outside models.py)."""
    out: list[type[pw.Model]] = []
    todo: list[type[pw.Model]] = [BaseModel]
    while todo:
        m = todo.pop()
        todo.extend(m.__subclasses__())
        if m is not BaseModel and imaged(m) and m not in out:
            out.append(m)
    return sorted(out, key=lambda m: m._meta.table_name)


def entity_id(key: Any) -> str:
    """The audit row's entity_id (40 characters at most) for a primary key value."""
    s = str(key)
    return s if len(s) <= 40 else "sha256:" + hashlib.sha256(s.encode("utf-8")).hexdigest()[:33]


def _param() -> str:
    return "?" if isinstance(database.obj, pw.SqliteDatabase) else "%s"


def read_rows(model: type[pw.Model], keys: Sequence[Any]) -> Iterator[tuple[Any, str]]:
    """(key, image text) of the rows with these keys that exist now."""
    s = shape(model)
    i = s.pk_index
    for start in range(0, len(keys), CHUNK):
        part = list(keys[start : start + CHUNK])
        marks = ", ".join([_param()] * len(part))
        cur = database.obj.execute_sql(f'{s.select_sql} WHERE "{s.pk}" IN ({marks})', part)
        for row in cur.fetchall():
            yield row[i], s.text(row)


def image_rows(
    model: type[pw.Model], keys: Iterable[Any], action: str, user: str = "", bare: bool = False
) -> None:
    """Write the after-images of these rows now (a tombstone for a key that no longer exists)."""
    write([(model, k, action) for k in dict.fromkeys(keys)], user, bare)


def write(changes: Sequence[tuple[type[pw.Model], Any, str]], user: str, bare: bool = False) -> None:
    items = []
    by_model: dict[type[pw.Model], list[Any]] = {}
    for model, key, _ in changes:
        by_model.setdefault(model, []).append(key)
    found = {m: dict(read_rows(m, keys)) for m, keys in by_model.items()}
    for model, key, action in changes:
        text = found[model].get(key)
        table = shape(model).table
        if text is None:
            items.append((user, DELETE, table, entity_id(key), None))
        else:
            items.append((user, action, table, entity_id(key), text))
    _chain.append_many(items, bare=bare)


class _Pending:
    """The rows a transaction touched, imaged after its audit record or at its commit:
    the images come last, so cutting the tail of the chain leaves a row unlike its image."""

    def __init__(self, txn: Any) -> None:
        self.rows: dict[tuple[type[pw.Model], Any], str] = {}
        self.user = ""
        commit, rollback = txn.commit, txn.rollback

        def on_commit(begin: bool = True) -> None:
            self.flush(bare=True)  # peewee has left the transaction's depth: no savepoint
            commit(begin)

        def on_rollback(begin: bool = True) -> None:
            self.rows.clear()
            rollback(begin)

        txn.commit, txn.rollback = on_commit, on_rollback

    def flush(self, bare: bool = False) -> None:
        if self.rows:
            changes = [(m, k, a) for (m, k), a in self.rows.items()]
            self.rows.clear()
            write(changes, self.user, bare)


def _pending(create: bool = True) -> _Pending | None:
    state = database.obj._state
    if not state.transactions:
        return None
    txn = state.transactions[0]  # the outermost: it commits
    got: _Pending | None = getattr(txn, "_kense_images", None)
    if got is None and create:
        got = txn._kense_images = _Pending(txn)
    return got


def note(model: type[pw.Model], keys: Iterable[Any], action: str) -> None:
    pend = _pending()
    assert pend is not None, "row_images.note outside a transaction"
    for k in keys:
        pend.rows.setdefault((model, k), action)


def after_record(user: str) -> None:
    """Called by `audit.record` after its row: the rows touched so far follow it, by `user`."""
    pend = _pending(create=False)
    if pend is not None:
        pend.user = user
        pend.flush()


# ---------------------------------------------------------------- the query hooks


def _pinned_key(model: type[pw.Model], where: Any) -> list[Any] | None:
    """The key when the clause pins one row (`Model.id == x`, maybe AND more): no read needed.
    Imaging a row the statement then left alone costs an image, never a wrong one."""
    if not isinstance(where, pw.Expression):
        return None
    if where.op == pw.OP.AND:
        return _pinned_key(model, where.lhs) or _pinned_key(model, where.rhs)
    pk = model._meta.primary_key
    if where.op == pw.OP.EQ and where.lhs is pk and not isinstance(where.rhs, pw.Node):
        return [where.rhs.get_id() if isinstance(where.rhs, pw.Model) else where.rhs]
    return None


def _keys_where(model: type[pw.Model], where: Any) -> list[Any]:
    pinned = _pinned_key(model, where)
    if pinned is not None:
        return pinned
    pk = model._meta.primary_key
    q = model.select(pk).tuples()
    if where is not None:
        q = q.where(where)
    return [r[0] for r in q]  # type: ignore[index]


def _max_key(model: type[pw.Model]) -> Any:
    return model.select(pw.fn.MAX(model._meta.primary_key)).scalar()


def _explicit_keys(query: pw.ModelInsert) -> list[Any]:
    """Primary keys given in the insert's data (a settings key, an explicit id)."""
    model = query.model
    pk = model._meta.primary_key
    data = query._insert  # type: ignore[attr-defined]
    rows = [data] if isinstance(data, dict) else data if isinstance(data, (list, tuple)) else []
    out = []
    for r in rows:
        if isinstance(r, dict):
            for k, v in r.items():
                name = k.name if isinstance(k, pw.Field) else k
                if name in (pk.name, pk.column_name):
                    out.append(v)
    return out


def _raw_transaction_open() -> bool:
    """A transaction begun by hand (`db.begin()`), which peewee does not count as one."""
    conn = database.obj.connection()
    status = getattr(conn, "get_transaction_status", None)  # psycopg2
    if status is not None:
        return bool(status() != 0)  # 0: idle
    return bool(getattr(conn, "in_transaction", False))  # sqlite3


def _run(query: Any, keys_before: Callable[[], list[Any]], execute: Callable[[], Any], action: str) -> Any:
    """The statement and its rows' images in one transaction: the caller's (imaged after its
    audit record or at its commit), one begun by hand (imaged at once), or a new one."""
    model = query.model
    if database.obj.in_transaction():
        keys = keys_before()
        result = execute()
        note(model, _keys_after(query, keys, result), action)
        return result
    if _raw_transaction_open():
        keys = keys_before()
        result = execute()
        image_rows(model, _keys_after(query, keys, result), action, bare=True)
        return result
    with _chain.transaction():
        keys = keys_before()
        result = execute()
        note(model, _keys_after(query, keys, result), action)
    return result


def _keys_after(query: Any, keys: list[Any], result: Any) -> list[Any]:
    """The keys an insert wrote (given, returned, or above the largest before); others' as read."""
    if not isinstance(query, pw.ModelInsert):
        return keys
    model = query.model
    out = _explicit_keys(query)
    auto = isinstance(model._meta.primary_key, pw.AutoField)
    if isinstance(query._insert, dict):  # type: ignore[attr-defined]
        if auto and isinstance(result, int) and not out:
            out.append(result)
    elif auto:
        before = keys[0] if keys else None
        newer = model._meta.primary_key > before if before is not None else None
        out += _keys_where(model, newer)
    return out


def run_update(query: pw.ModelUpdate, execute: Callable[[], Any]) -> Any:
    where = query._where  # type: ignore[attr-defined]
    return _run(query, lambda: _keys_where(query.model, where), execute, UPDATE)


def run_delete(query: pw.ModelDelete, execute: Callable[[], Any]) -> Any:
    where = query._where  # type: ignore[attr-defined]
    return _run(query, lambda: _keys_where(query.model, where), execute, DELETE)


def run_insert(query: pw.ModelInsert, execute: Callable[[], Any]) -> Any:
    model = query.model
    auto = isinstance(model._meta.primary_key, pw.AutoField)
    simple = isinstance(query._insert, dict)  # type: ignore[attr-defined]

    def before() -> list[Any]:  # the largest key before a many-row insert
        return [] if simple or not auto else [_max_key(model)]

    return _run(query, before, execute, INSERT)


# ---------------------------------------------------------------- reading images back


def remember(
    into: dict[str, dict[str, tuple[int, int | None]]],
    rid: int,
    action: str,
    entity: str,
    eid: str,
    after: str | None,
) -> None:
    """Note one audit row in {table: {entity_id: (id, hash of the image text)}}: a later
    image replaces an earlier one, so the chain is read once and never held whole. A
    tombstone's hash is None. The hash is Python's keyed one: equal within this process,
    unguessable outside it."""
    if action.startswith(PREFIX):
        per = into.get(entity)
        if per is None:
            per = into[entity] = {}
        per[eid] = (rid, None if action == TOMBSTONE else hash(after))


def last_images(rows: Iterable[tuple[Any, ...]]) -> dict[str, dict[str, tuple[int, int | None]]]:
    """`remember` over audit rows (id, action, entity, entity_id, after) in id order
    (migration 0011 reads an older office's images with it)."""
    out: dict[str, dict[str, tuple[int, int | None]]] = {}
    for row in rows:
        remember(out, *row)
    return out


def differing_columns(image: str | None, now: str) -> list[str]:
    was = json.loads(image) if image else {}
    cur = json.loads(now)
    return sorted(k for k in was.keys() | cur.keys() if was.get(k, ...) != cur.get(k, ...))


class _Chain:
    """What images are written with: the audit chain's appender and the engine's transaction,
    handed over by audit.py (which imports this module, not the other way round)."""

    append_many: Callable[..., None]
    transaction: Callable[[], Any]


_chain = _Chain()


def bind(append_many: Callable[..., None], transaction: Callable[[], Any]) -> None:
    _chain.append_many, _chain.transaction = append_many, transaction


models.IMAGER = sys.modules[__name__]  # every imaged statement comes through run_update/insert/delete
