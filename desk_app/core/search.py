"""Person search for intake: by IIN, by surname prefix, by any part of the full name.

`find_persons(query, limit=50) -> list[PersonHit]` is the one entry point (the desk's
intake field and `main.py find` call it):

* digits only (spaces ignored): 12 digits is an exact IIN, fewer is an IIN prefix;
* otherwise the query is folded like the cards' keys (`names.fold`: case, ё/е, Kazakh
  letters kept) and matched two ways, in this order:
  1. the folded full name starts with the query ("Әбдірахманов Ерлан" or "әбдір"),
     ordered by name;
  2. every word of the query starts some word of the name, in any order ("Ерлан",
     "ерлан әбдірахманов", "серікұлы"), ordered by card number.

Results are bounded by `limit` and never sorted in full, so a very common name costs
the same as a rare one. SQLite answers with index ranges (`>= p AND < p || U+FFFF` on
the folded columns, since LIKE folds ASCII only) and an FTS5 index over
`person.name_key` that triggers keep in step with every card insert, edit and delete
(migration 0005). Other databases (PostgreSQL) use LIKE over the same folded columns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import peewee as pw

from .models import Person, database
from .names import fold

FTS_TABLE = "person_fts"
_TOP = "\uffff"  # above every letter a name holds, in SQLite's binary order
_WORDS = re.compile(r"\w+")
# the folded name with hyphens and apostrophes as spaces, between spaces: words for LIKE
_SPACED = "(' ' || replace(replace(p.name_key, '-', ' '), '''', ' ') || ' ')"
_COLS = "p.id, p.iin, p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.address"

# Prefix indexes of 2-10 letters: a word typed in part is one doclist, not a merge of every
# word it starts (≈ 2.5x the index size, still ≈ 70 MB at a million cards).
FTS_TABLE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "name_key, content='person', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6 7 8 9 10')"
)
FTS_TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS person_fts_ai AFTER INSERT ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, name_key) VALUES (new.id, new.name_key); END",
    f"CREATE TRIGGER IF NOT EXISTS person_fts_ad AFTER DELETE ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_key) "
    f"VALUES ('delete', old.id, old.name_key); END",
    f"CREATE TRIGGER IF NOT EXISTS person_fts_au AFTER UPDATE OF name_key ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_key) "
    f"VALUES ('delete', old.id, old.name_key); "
    f"INSERT INTO {FTS_TABLE}(rowid, name_key) VALUES (new.id, new.name_key); END",
)


@dataclass(frozen=True, slots=True)
class PersonHit:
    """One card found: enough to show in a list and to open the card by `id`."""

    id: int
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date
    sex: str
    address: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    @classmethod
    def of(cls, p: Person) -> PersonHit:
        """The hit a card just saved (or named as a duplicate) stands for."""
        return cls(p.id, p.iin, p.surname, p.name, p.patronymic or "", p.birth_date, p.sex, p.address or "")


@contextmanager
def bulk_indexing(db: pw.Database, first_id: int) -> Iterator[None]:
    """Cards inserted inside are indexed in one statement at the end, not a trigger per row.

    For bulk loads: the triggers are dropped meanwhile and always put back.
    """
    if not has_fts(db):
        yield
        return
    for name in ("person_fts_ai", "person_fts_ad", "person_fts_au"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
        db.execute_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, name_key) SELECT id, name_key FROM person WHERE id >= ?",
            (first_id,),
        )
    finally:
        for sql in FTS_TRIGGERS:
            db.execute_sql(sql)


_has_fts: dict[int, bool] = {}


def has_fts(db: pw.Database) -> bool:
    """Is the FTS index there (remembered per connection: migrations add it once)?"""
    if not isinstance(db, pw.SqliteDatabase):
        return False
    key = id(db.connection())
    if key not in _has_fts:
        _has_fts[key] = bool(
            db.execute_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
            ).fetchone()
        )
    return _has_fts[key]


def kind_of(query: str) -> str:
    """ "iin", "iin_prefix", "name" or "empty": how `find_persons` reads the query."""
    digits = "".join(query.split())
    if not digits:
        return "empty"
    if digits.isascii() and digits.isdigit():
        return "iin" if len(digits) == 12 else "iin_prefix"
    return "name" if _WORDS.search(fold(query)) else "empty"


def find_persons(query: str, limit: int = 50) -> list[PersonHit]:
    """Cards matching `query` (IIN, IIN prefix, or any part of the name); at most `limit`."""
    limit = max(1, min(int(limit), 1000))
    kind = kind_of(query)
    if kind == "empty":
        return []
    db = database.obj
    sqlite = isinstance(db, pw.SqliteDatabase)
    if kind.startswith("iin"):
        digits = "".join(query.split())
        if kind == "iin":
            return _rows(db, f"SELECT {_COLS} FROM person p WHERE p.iin = {_ph(db)}", (digits,))
        # ':' follows '9', so the range holds exactly the IINs starting with these digits
        return _rows(
            db,
            f"SELECT {_COLS} FROM person p WHERE p.iin >= {_ph(db)} AND p.iin < "
            f"{_ph(db)} ORDER BY p.iin LIMIT {limit}",
            (digits, digits + ":"),
        )
    key = fold(query)
    words = _WORDS.findall(key)
    ph = _ph(db)
    if sqlite:
        hits = _rows(
            db,
            f"SELECT {_COLS} FROM person p WHERE p.name_key >= ? AND p.name_key < ? "
            f"ORDER BY p.name_key LIMIT {limit}",
            (key, key + _TOP),
        )
    else:
        hits = _rows(
            db,
            f"SELECT {_COLS} FROM person p WHERE p.name_key LIKE {ph} ESCAPE '\\' "
            f"ORDER BY p.name_key LIMIT {limit}",
            (_like_prefix(key),),
        )
    if len(hits) >= limit:
        return hits
    seen = {h.id for h in hits}
    more = limit - len(hits) + len(seen)
    # whole words first ("Ерлан" before "Ерланқызы"), then words as prefixes
    for whole in (True, False):
        if sqlite and has_fts(db):
            match = " AND ".join('"' + w.replace('"', '""') + ('"' if whole else '"*') for w in words)
            extra = _rows(
                db,
                f"SELECT {_COLS} FROM {FTS_TABLE} f JOIN person p ON p.id = f.rowid "
                f"WHERE {FTS_TABLE} MATCH ? ORDER BY f.rowid LIMIT {more}",
                (match,),
            )
        else:
            extra = _rows(
                db,
                f"SELECT {_COLS} FROM person p WHERE "
                + " AND ".join([f"{_SPACED} LIKE {ph} ESCAPE '\\'"] * len(words))
                + f" ORDER BY p.id LIMIT {more}",
                tuple("% " + _escape_like(w) + (" %" if whole else "%") for w in words),
            )
        hits.extend(h for h in extra if h.id not in seen)
        seen.update(h.id for h in extra)
        if len(hits) >= limit:
            break
        more = limit - len(hits) + len(seen)
    return hits[:limit]


def _ph(db: pw.Database) -> str:
    return "?" if isinstance(db, pw.SqliteDatabase) else "%s"


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(s: str) -> str:
    return _escape_like(s) + "%"


def _rows(db: pw.Database, sql: str, params: tuple[Any, ...]) -> list[PersonHit]:
    out = []
    for pid, iin, sur, name, pat, born, sex, addr in db.execute_sql(sql, params).fetchall():
        if not isinstance(born, dt.date):
            born = dt.date.fromisoformat(born)
        out.append(PersonHit(pid, iin, sur, name, pat or "", born, sex, addr or ""))
    return out
