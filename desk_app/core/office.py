"""The office's own identity (name and district), kept in `OfficeSetting` and printed on papers."""

from __future__ import annotations

from . import audit
from .db import transaction
from .errors import ValidationError
from .models import OfficeSetting

KEYS = ("office_name", "district")
MAX_LEN = 300


def get_office() -> dict[str, str]:
    """{"office_name": ..., "district": ...}; empty strings before the first run."""
    rows = {s.key: s.value for s in OfficeSetting.select().where(OfficeSetting.key.in_(KEYS))}
    return {k: rows.get(k, "") for k in KEYS}


def set_office(name: str, district: str, by: str) -> dict[str, str]:
    """Store the office's name and district in one audited transaction."""
    values = {"office_name": " ".join(name.split()), "district": " ".join(district.split())}
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
    with transaction():
        before = get_office()
        for key, value in values.items():
            OfficeSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[OfficeSetting.key], update={OfficeSetting.value: value}
            ).execute()
        audit.record(by, "office.set", "office", "office", before=before, after=values)
    return values
