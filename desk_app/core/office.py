"""The office's own identity (name, district, the name for Russian screens and papers), kept in
`OfficeSetting`: the one place the title bar, the papers and the reports read it from, and the
one place the first-run wizard and the Settings dialog write it (audited, admin only)."""

from __future__ import annotations

from . import audit
from .db import transaction
from .errors import ValidationError
from .models import OfficeSetting, User
from .users import require_admin

KEYS = ("office_name", "district", "office_name_ru")
MAX_LEN = 300


def get_office() -> dict[str, str]:
    """{"office_name": ..., "district": ..., "office_name_ru": ...}; empty strings before the first run."""
    rows = {s.key: s.value for s in OfficeSetting.select().where(OfficeSetting.key.in_(KEYS))}
    return {k: rows.get(k, "") for k in KEYS}


def office_name(lang: str = "kk") -> str:
    """The name to show or print in `lang`: the Russian one on Russian screens and papers when
    the office set it, else the Kazakh one; "" before the first run."""
    office = get_office()
    return (lang == "ru" and office["office_name_ru"].strip()) or office["office_name"].strip()


def _clean(name: str, district: str, name_ru: str) -> dict[str, str]:
    values = {
        "office_name": " ".join(name.split()),
        "district": " ".join(district.split()),
        "office_name_ru": " ".join(name_ru.split()),
    }
    if not values["office_name"]:
        raise ValidationError(
            "Мекеменің атауы толтырылуы керек", "Укажите название учреждения", field="office_name"
        )
    if not values["district"]:
        raise ValidationError("Ауданды көрсетіңіз", "Укажите район", field="district")
    for key, value in values.items():
        if len(value) > MAX_LEN:
            raise ValidationError(
                f"Тым ұзын (ең көбі {MAX_LEN} таңба)",
                f"Слишком длинно (не более {MAX_LEN} символов)",
                field=key,
            )
    return values


def set_office(name: str, district: str, by: User, name_ru: str | None = None) -> dict[str, str]:
    """Store the office's identity in one audited transaction (the admin only).

    `name_ru=None` keeps the stored Russian name (the first-run wizard does not ask for it).
    Nothing is written, and no audit row, when nothing changed.
    """
    with transaction():
        require_admin(
            by, "Мекеме деректерін тек әкімші өзгертеді", "Данные учреждения изменяет только администратор"
        )
        before = get_office()
        values = _clean(name, district, before["office_name_ru"] if name_ru is None else name_ru)
        if values == before:
            return values
        for key, value in values.items():
            OfficeSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[OfficeSetting.key], update={OfficeSetting.value: value}
            ).execute()
        audit.record(by.login, "office.set", "office", "office", before=before, after=values)
    return values
