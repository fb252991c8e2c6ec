"""The identity document read off a card at intake (issue 16.1): what its MRZ says, kept
beside the personal registration card (never over its Cyrillic names).

`attach` checks the read against the card: the IIN must be the card's, the MRZ's birth date
and sex must be what the IIN says; an expired document is refused unless the clerk accepts
it, which is audited. The Latin names are shown beside the Cyrillic ones on the card.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from . import audit
from .cards import CARD_EDITORS
from .clock import iso, now
from .db import transaction
from .errors import NotFound, PermissionDenied, ValidationError
from .idcard import IdScan
from .models import BaseModel, Person, User


class IdDocument(BaseModel):
    person = pw.ForeignKeyField(Person, backref="id_documents", on_delete="CASCADE")
    number = pw.CharField(max_length=20)
    expires = pw.DateField(null=True)
    surname_latin = pw.CharField(max_length=100, default="")
    names_latin = pw.CharField(max_length=100, default="")
    expired_accepted = pw.BooleanField(default=False)
    read_by = pw.CharField(max_length=64)
    read_at = pw.DateTimeField()


class DocumentExpired(ValidationError):
    """The document's expiry date has passed: the clerk may accept it (audited)."""


_FIELDS = {"birth_date": ("туған күні", "дата рождения"), "sex": ("жынысы", "пол")}


def attach(
    person_id: int, scan: IdScan, by: User, accept_expired: bool = False, at: dt.datetime | None = None
) -> IdDocument:
    at = (at or now()).replace(microsecond=0)
    if not by.active or not any(by.has_role(r) for r in CARD_EDITORS):
        raise PermissionDenied("Карточканы бұл рөл өзгертпейді", "Эта роль не изменяет карточки", "user")
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("Карточка табылмады", "Карточка не найдена", "person")
    if scan.mrz is None or scan.error is not None:
        raise ValidationError("Куәліктің MRZ-ы оқылмады", "MRZ удостоверения не прочитан", "mrz")
    if scan.iin != person.iin:
        raise ValidationError(
            "Куәліктегі ЖСН карточкадағыдан басқа", "ИИН в удостоверении не совпадает с карточкой", "iin"
        )
    bad = scan.mismatches()
    if bad:
        kk = ", ".join(_FIELDS[b][0] for b in bad)
        ru = ", ".join(_FIELDS[b][1] for b in bad)
        raise ValidationError(f"MRZ пен ЖСН сәйкес емес: {kk}", f"MRZ и ИИН расходятся: {ru}", bad[0])
    m = scan.mrz
    expired = scan.expired(at.date())
    if expired and not accept_expired:
        raise DocumentExpired(
            f"Куәліктің мерзімі өткен: {m.expires:%d.%m.%Y}",
            f"Срок удостоверения истёк: {m.expires:%d.%m.%Y}",
            "expires",
        )
    with transaction():
        row = IdDocument.create(
            person=person,
            number=m.number[:20],
            expires=m.expires,
            surname_latin=m.surname_latin[:100],
            names_latin=m.names_latin[:100],
            expired_accepted=expired,
            read_by=by.login,
            read_at=at,
        )
        audit.record(
            by.login,
            "card.id_document",
            "person",
            person.id,
            None,
            {"number": m.number, "expires": iso(m.expires), "expired_accepted": expired},
            at,
        )
    return row


def latest(person_id: int) -> IdDocument | None:
    q = IdDocument.select().where(IdDocument.person == person_id)
    return q.order_by(IdDocument.id.desc()).get_or_none()
