"""Finding a card by IIN or any part of the name, for the intake desk.

Delegates to `core.search.find_persons` (the indexed, Kazakh-aware search) when that
module is present; otherwise a minimal query on indexed columns: IIN prefix, or a
prefix of the folded surname / full name.
"""

from __future__ import annotations

from .models import Person
from .names import fold


def _minimal(query: str, limit: int) -> list[Person]:
    q = fold(query)
    if not q:
        return []
    if q.isdigit():
        sel = Person.select().where((Person.iin >= q) & (Person.iin < q + "\uffff"))
        return list(sel.order_by(Person.iin).limit(limit))
    first = q.split()[0]
    sel = Person.select().where(
        ((Person.surname_key >= first) & (Person.surname_key < first + "\uffff"))
        | ((Person.name_key >= q) & (Person.name_key < q + "\uffff"))
    )
    rest = q.split()[1:]
    out = []
    for p in sel.order_by(Person.surname_key, Person.name_key).limit(limit * 4):
        key = p.name_key
        if all(part in key for part in rest):
            out.append(p)
            if len(out) >= limit:
                break
    return out


def find_persons(query: str, limit: int = 50) -> list[Person]:
    try:
        from . import search
    except ImportError:
        return _minimal(query, limit)
    ids = [getattr(hit, "id", hit) for hit in search.find_persons(query, limit)]
    by_id = {p.id: p for p in Person.select().where(Person.id.in_(ids))} if ids else {}
    return [by_id[i] for i in ids if i in by_id]  # in the search's order
