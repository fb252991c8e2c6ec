"""Office settings (key → text), every change audited; only the admin edits them."""

from __future__ import annotations

from . import audit
from .db import transaction
from .errors import ValidationError
from .models import OfficeSetting, User
from .users import require_admin


def get(key: str, default: str | None = None) -> str | None:
    row = OfficeSetting.get_or_none(OfficeSetting.key == key)
    return row.value if row else default


def put(key: str, value: str, by: str) -> None:
    """Write one setting with its audit row (callers check permissions)."""
    key = key.strip()
    if not key or len(key) > 60:
        raise ValidationError("Баптау атауы жарамсыз", "Неверное имя настройки", "key")
    with transaction():
        old = OfficeSetting.get_or_none(OfficeSetting.key == key)
        if old is not None and old.value == value:
            return
        if old is None:
            OfficeSetting.create(key=key, value=value)
        else:
            OfficeSetting.update(value=value).where(OfficeSetting.key == key).execute()
        audit.record(
            by, "setting.set", "setting", key, None if old is None else {"value": old.value}, {"value": value}
        )


def set_setting(key: str, value: str, by: User) -> None:
    """The admin changes an office setting."""
    require_admin(by, "Баптауларды тек әкімші өзгертеді", "Настройки изменяет только администратор")
    put(key, value, by.login)
