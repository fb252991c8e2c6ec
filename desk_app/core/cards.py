"""Personal registration cards: validation, creation, audited edits."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from . import audit, iin
from .auth import still_holds
from .clock import iso, now
from .db import transaction
from .errors import ConcurrencyError, NotFound, PermissionDenied, ValidationError
from .models import NuclearPeriod, Person, User
from .names import fold, name_key, one_script
from .textcheck import check_person_name, plain_text

# Letters of any script (Kazakh, Russian, Latin), joined by a space, hyphen or apostrophe.
_NAME_RE = re.compile(r"^[^\W\d_]+(?:[ '\u2019-][^\W\d_]+)*$")
_PHONE_RE = re.compile(r"^\+?[0-9 ()-]{5,20}$")
NAME_FIELDS = {
    "surname": ("Тегі", "Фамилия"),
    "name": ("Аты", "Имя"),
    "patronymic": ("Әкесінің аты", "Отчество"),
}
CARD_FIELDS = (
    "surname",
    "name",
    "patronymic",
    "birth_date",
    "sex",
    "address",
    "phone",
    "education",
    "profession",
    "last_employment",
    "disability_group",
    "disability_cause",
    "employer",
    "rehab_items",
    "contraindications",
    "compensation_paid_on",
)
# Column widths of the card's text fields (PostgreSQL enforces them).
_TEXT_LIMITS = {
    "address": 300,
    "education": 200,
    "profession": 200,
    "last_employment": 300,
    "employer": 300,
    "rehab_items": 2000,
    "contraindications": 2000,
}
_MULTILINE = {"rehab_items", "contraindications"}
ZONES = ("extreme", "maximal", "increased", "minimal", "preferential")
PERIOD_KINDS = ("resided", "worked", "served")
CAUSES = ("", "general", "work_injury", "occupational")
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2100, 12, 31)  # the IIN's centuries


def _name(value: str, field: str, required: bool) -> str:
    kk, ru = NAME_FIELDS[field]
    if value is not None and not isinstance(value, str):
        raise ValidationError(f"{kk} мәтін болуы керек", f"Поле «{ru}» должно быть текстом", field)
    v = one_script(" ".join((value or "").split()))  # a Latin i in a Kazakh name is і
    if not v:
        if required:
            raise ValidationError(f"{kk} толтырылуы керек", f"Поле «{ru}» обязательно", field)
        return ""
    if len(v) > 100:
        raise ValidationError(
            f"{kk} тым ұзын (100 таңбадан аспайды)",
            f"Поле «{ru}» слишком длинное (не более 100 знаков)",
            field,
        )
    if not _NAME_RE.match(v):
        raise ValidationError(
            f"{kk} тек әріптерден тұруы керек", f"Поле «{ru}» должно содержать только буквы", field
        )
    check_person_name(field, v)  # a Latin "T" among Cyrillic letters: never found by search
    return v


def _date(value: Any, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    else:
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                "Күн ЖЖЖЖ-АА-КК түрінде жазылады", "Дата записывается в виде ГГГГ-ММ-ДД", field
            ) from None
    if not (EARLIEST <= day <= LATEST):
        raise ValidationError(
            f"Күн {EARLIEST.year}-{LATEST.year} жылдар аралығында болуы керек",
            f"Дата должна быть в {EARLIEST.year}-{LATEST.year} годах",
            field,
        )
    return day


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Clean card fields; raise ValidationError naming the first bad field."""
    if not isinstance(data.get("iin", ""), (str, int)):
        raise ValidationError("ЖСН 12 цифрдан тұруы керек", "ИИН должен состоять из 12 цифр", "iin")
    info = iin.parse(str(data.get("iin", "")))
    out: dict[str, Any] = {"iin": info.iin}
    out["surname"] = _name(data.get("surname", ""), "surname", True)
    out["name"] = _name(data.get("name", ""), "name", True)
    out["patronymic"] = _name(data.get("patronymic", ""), "patronymic", False)
    born = _date(data.get("birth_date"), "birth_date") or info.birth_date
    if born != info.birth_date:
        raise ValidationError(
            "Туған күні ЖСН-мен сәйкес келмейді", "Дата рождения не совпадает с ИИН", "birth_date"
        )
    out["birth_date"] = born
    sex = data.get("sex") or info.sex
    if not isinstance(sex, str) or sex.upper() != info.sex:
        raise ValidationError("Жынысы ЖСН-мен сәйкес келмейді", "Пол не совпадает с ИИН", "sex")
    sex = sex.upper()
    if sex != info.sex:
        raise ValidationError("Жынысы ЖСН-мен сәйкес келмейді", "Пол не совпадает с ИИН", "sex")
    out["sex"] = sex
    phone = plain_text(data.get("phone"), "phone", 40)
    if phone and not _PHONE_RE.match(phone):
        raise ValidationError("Телефон нөмірі жарамсыз", "Неверный номер телефона", "phone")
    out["phone"] = phone
    for f, limit in _TEXT_LIMITS.items():  # a Latin i typed inside a Kazakh word becomes і
        out[f] = one_script(plain_text(data.get(f), f, limit, multiline=f in _MULTILINE))
    group = data.get("disability_group")
    if group is None or group == "":
        out["disability_group"] = None
    else:
        out["disability_group"] = (
            group
            if type(group) is int
            else (int(group) if isinstance(group, str) and group.strip() in ("1", "2", "3") else -1)
        )
        if out["disability_group"] not in (1, 2, 3):
            raise ValidationError(
                "Мүгедектік тобы 1, 2 немесе 3", "Группа инвалидности: 1, 2 или 3", "disability_group"
            )
    cause = data.get("disability_cause") or ""
    if not isinstance(cause, str) or cause not in CAUSES:
        raise ValidationError(
            "Мүгедектік себебі белгісіз", "Неизвестная причина инвалидности", "disability_cause"
        )
    if cause in ("work_injury", "occupational") and not out["employer"]:
        raise ValidationError(
            "Еңбек жарақаты кезінде жұмыс берушіні көрсетіңіз",
            "При трудовом увечье укажите работодателя",
            "employer",
        )
    out["disability_cause"] = cause
    out["compensation_paid_on"] = _past_date(data.get("compensation_paid_on"), "compensation_paid_on", born)
    return out


def _past_date(value: Any, field: str, born: dt.date | None) -> dt.date | None:
    """A date of the person's life: not in the future, not before the birth."""
    day = _date(value, field)
    if day is None:
        return None
    if day > dt.date.today():
        raise ValidationError(
            f"Күн ({day:%d.%m.%Y}) әлі келген жоқ", f"Дата ({day:%d.%m.%Y}) ещё не наступила", field
        )
    if born is not None and day < born:
        raise ValidationError(
            f"Күн ({day:%d.%m.%Y}) туған күнінен бұрын", f"Дата ({day:%d.%m.%Y}) раньше даты рождения", field
        )
    return day


def _keys(clean: dict[str, Any]) -> dict[str, str]:
    """Search keys, cut to their columns (case folding may lengthen a name: ß → ss)."""
    return {
        "surname_key": fold(clean["surname"])[:100],
        "name_key": name_key(clean["surname"], clean["name"], clean["patronymic"])[:320],
    }


def _snapshot(p: Person) -> dict[str, Any]:
    return {
        "iin": p.iin,
        **{
            f: (iso(getattr(p, f)) if isinstance(getattr(p, f), dt.date) else getattr(p, f))
            for f in CARD_FIELDS
        },
    }


def _validate_periods(periods: Any, born: dt.date | None = None) -> list[dict[str, Any]]:
    if not periods:
        return []
    if not isinstance(periods, (list, tuple)) or not all(isinstance(p, dict) for p in periods):
        raise ValidationError("Кезеңдер тізімі жарамсыз", "Неверный список периодов", "nuclear_periods")
    out = []
    for i, p in enumerate(periods):
        field = f"nuclear_periods[{i}]"
        if (
            not isinstance(p.get("kind"), str)
            or not isinstance(p.get("zone"), str)
            or p["kind"] not in PERIOD_KINDS
            or p["zone"] not in ZONES
        ):
            raise ValidationError(
                "Кезеңнің түрі немесе аймағы белгісіз", "Неизвестный вид периода или зона", field
            )
        start = _past_date(p.get("date_from"), field, born)
        end = _past_date(p.get("date_to"), field, born)
        if start is None or (end is not None and end < start):
            raise ValidationError("Кезеңнің күндері қате", "Неверные даты периода", field)
        place = one_script(plain_text(p.get("place"), field, 200))
        if not place:
            raise ValidationError("Мекенжайы көрсетілмеген", "Не указано место", field)
        out.append(
            {
                "kind": p["kind"],
                "zone": p["zone"],
                "date_from": start,
                "date_to": end,
                "place": place,
                "district": one_script(plain_text(p.get("district"), field, 200)),
                "category": one_script(plain_text(p.get("category"), field, 100)),
            }
        )
    return out


# Who fills in cards: the desks that take applications (the executor enters the applicant's
# data, para 1 of service 1; the Center inspector and the clerk register), and the admin.
CARD_EDITORS = ("center_inspector", "office_clerk", "executor", "admin")


def _require_editor(by: User) -> None:
    if not by.active or not any(by.has_role(r) and still_holds(by, r) for r in CARD_EDITORS):
        raise PermissionDenied(
            "Карточканы тек қабылдаушы қызметкер немесе орындаушы толтырады",
            "Карточку заполняет только принимающий сотрудник или исполнитель",
            "user",
        )


def create_person(data: dict[str, Any], by: User, at: dt.datetime | None = None) -> Person:
    _require_editor(by)
    clean = validate(data)
    periods = _validate_periods(data.get("nuclear_periods"), clean["birth_date"])
    at = at or now()
    with transaction():
        if Person.select().where(Person.iin == clean["iin"]).exists():
            raise ValidationError("Бұл ЖСН-мен карточка бар", "Карточка с этим ИИН уже есть", "iin")
        person = Person.create(**clean, **_keys(clean), created_at=at, updated_at=at)
        for p in periods:
            NuclearPeriod.create(person=person, **p)
        audit.record(
            by.login,
            "card.create",
            "person",
            person.id,
            None,
            {**_snapshot(person), "nuclear_periods": len(periods)},
            at,
        )
    return person


def update_person(
    person_id: int, changes: dict[str, Any], by: User, version: int, at: dt.datetime | None = None
) -> Person:
    """Edit a card; `version` is what the clerk saw, so a concurrent edit is not overwritten."""
    _require_editor(by)
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("Карточка табылмады", "Карточка не найдена", "person")
    before = _snapshot(person)
    merged = {**before, **changes, "iin": person.iin}
    clean = validate(merged)
    at = at or now()
    with transaction():
        n = (
            Person.update(
                **{k: clean[k] for k in CARD_FIELDS},
                **_keys(clean),
                updated_at=at,
                version=Person.version + 1,
            )
            .where(Person.id == person_id, Person.version == version)
            .execute()
        )
        if n != 1:
            raise ConcurrencyError(
                "Карточканы басқа қызметкер өзгертті, қайта ашыңыз",
                "Карточку изменил другой сотрудник, откройте её заново",
                "version",
            )
        person = Person.get_by_id(person_id)
        after = _snapshot(person)
        audit.record(
            by.login,
            "card.update",
            "person",
            person_id,
            {k: v for k, v in before.items() if after.get(k) != v},
            {k: v for k, v in after.items() if before.get(k) != v},
            at,
        )
    return person


@dataclass(frozen=True)
class Card:
    """A card as the card dialog shows it: its fields, nuclear periods and version (the
    version goes back with an edit, so a concurrent one is refused)."""

    id: int
    version: int
    iin: str
    fields: dict[str, Any]  # CARD_FIELDS
    periods: tuple[dict[str, Any], ...]

    @property
    def full_name(self) -> str:
        f = self.fields
        return " ".join(p for p in (f["surname"], f["name"], f["patronymic"]) if p)

    @property
    def birth_date(self) -> dt.date:
        value: dt.date = self.fields["birth_date"]
        return value

    def __getattr__(self, name: str) -> Any:
        # the card's fields read as attributes (card.surname), as the form fills them
        fields = self.__dict__.get("fields", {})
        if name in fields:
            return fields[name]
        raise AttributeError(name)


def card(person_id: int) -> Card:
    """The card with its nuclear periods, read once."""
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("Карточка табылмады", "Карточка не найдена", "person")
    periods = tuple(
        {"kind": p.kind, "zone": p.zone, "place": p.place, "date_from": p.date_from, "date_to": p.date_to}
        for p in NuclearPeriod.select().where(NuclearPeriod.person == person).order_by(NuclearPeriod.id)
    )
    fields = {f: getattr(person, f) for f in CARD_FIELDS}
    return Card(person.id, person.version, person.iin, fields, periods)
