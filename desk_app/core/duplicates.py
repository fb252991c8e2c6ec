"""Likely duplicate cards: the same IIN, or the same birth date and a name that matches
across Kazakh and Russian Cyrillic and Latin spelling (`names.phonetic`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import audit
from .cards import create_person, validate
from .clock import now
from .db import transaction
from .errors import ValidationError
from .models import Person, User
from .names import phonetic

SAME_IIN = "same_iin"
SAME_NAME_BIRTH = "same_name_birth"


@dataclass(frozen=True)
class Duplicate:
    person: Person
    reason: str  # SAME_IIN or SAME_NAME_BIRTH

    @property
    def blocking(self) -> bool:
        """A second card with the same IIN cannot exist; a look-alike name may be another person."""
        return self.reason == SAME_IIN


def _name_matches(p: Person, surname_ph: str, name_ph: str) -> bool:
    return phonetic(p.surname) == surname_ph and phonetic(p.name) == name_ph


def likely_duplicates(
    iin: str,
    birth_date: dt.date | None,
    surname: str,
    name: str,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[Duplicate]:
    """Existing cards that are probably the same person as the one about to be created."""
    out: list[Duplicate] = []
    iin = (iin or "").strip()
    if iin:
        same = Person.get_or_none(Person.iin == iin)
        if same is not None and same.id != exclude_id:
            out.append(Duplicate(same, SAME_IIN))
    if birth_date is not None and surname.strip() and name.strip():
        s_ph, n_ph = phonetic(surname), phonetic(name)
        q = Person.select().where(Person.birth_date == birth_date).order_by(Person.id)
        seen = {d.person.id for d in out}
        for p in q.limit(500):
            if p.id in seen or p.id == exclude_id:
                continue
            if _name_matches(p, s_ph, n_ph):
                out.append(Duplicate(p, SAME_NAME_BIRTH))
                if len(out) >= limit:
                    break
    return out


def record_override(
    by: User, new_person: Person, duplicates: list[Duplicate], at: dt.datetime | None = None
) -> None:
    """The clerk created the card despite the warning: keep who, when and which cards."""
    audit.record(
        by.login,
        "card.duplicate_override",
        "person",
        new_person.id,
        None,
        {
            "iin": new_person.iin,
            "similar": [{"id": d.person.id, "iin": d.person.iin, "reason": d.reason} for d in duplicates],
        },
        at or now(),
    )


class DuplicateWarning(ValidationError):
    """The new card looks like an existing one; `duplicates` says which and why."""

    def __init__(self, kk: str, ru: str, duplicates: list[Duplicate]) -> None:
        super().__init__(kk, ru, "iin" if any(d.blocking for d in duplicates) else "surname")
        self.duplicates = duplicates


def create_person_checked(
    data: dict[str, Any], by: User, accept_similar: bool = False, at: dt.datetime | None = None
) -> Person:
    """Create a card unless it probably exists already.

    A card with the same IIN is never created twice. A look-alike name with the same birth
    date may be a namesake: the clerk may proceed (`accept_similar`), which is audited.
    """
    clean = validate(data)
    dups = likely_duplicates(clean["iin"], clean["birth_date"], clean["surname"], clean["name"])
    if any(d.blocking for d in dups):
        raise DuplicateWarning("Бұл ЖСН-мен карточка бар", "Карточка с этим ИИН уже есть", dups)
    if dups and not accept_similar:
        raise DuplicateWarning(
            "Осындай адамның карточкасы бар сияқты (туған күні мен аты-жөні сәйкес)",
            "Похоже, карточка этого человека уже есть (совпадают дата рождения и ФИО)",
            dups,
        )
    with transaction():
        person = create_person(data, by, at)
        if dups:
            record_override(by, person, dups, at)
    return person
