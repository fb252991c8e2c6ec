"""Users and PINs: scrypt hashes, lock-out after repeated failures."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from . import audit
from .clock import now
from .db import transaction
from .errors import NotFound, PermissionDenied, ValidationError
from .models import User
from .regulation import ROLES

# center_head: the Center's head (R2-R4 p.17), a read-only board with no step of its own.
BOARD_ROLES = ("center_head",)
ALL_ROLES = (*ROLES, *BOARD_ROLES, "admin")
MAX_FAILURES = 5
LOCK_MINUTES = 15
# scrypt cost: ~50 ms on the office PC, enough to make PIN guessing offline slow.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_pin_format(pin: str) -> None:
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise ValidationError("PIN 4-12 цифрдан тұруы керек", "PIN должен содержать 4-12 цифр",
                              field="pin")


def create_user(login: str, surname: str, name: str, roles: list[str], pin: str,
                patronymic: str = "", by: str = "system") -> User:
    login = login.strip()
    if not login or not login.isascii() or " " in login:
        raise ValidationError("Логин латын әріптерімен, бос орынсыз жазылады",
                              "Логин пишется латиницей без пробелов", field="login")
    bad = [r for r in roles if r not in ALL_ROLES]
    if bad or not roles:
        raise ValidationError(f"Рөл белгісіз: {', '.join(bad) or '—'}",
                              f"Неизвестная роль: {', '.join(bad) or '—'}", field="roles")
    if not surname.strip() or not name.strip():
        raise ValidationError("Тегі мен аты толтырылуы керек", "Фамилия и имя обязательны",
                              field="surname")
    check_pin_format(pin)
    with transaction():
        if User.select().where(User.login == login).exists():
            raise ValidationError("Мұндай логин бар", "Такой логин уже есть", field="login")
        user = User.create(login=login, surname=surname.strip(), name=name.strip(),
                           patronymic=patronymic.strip(), roles=",".join(roles),
                           pin_hash=hash_pin(pin))
        audit.record(by, "user.create", "user", user.id,
                     after={"login": login, "roles": roles})
    return user


def authenticate(login: str, pin: str, at: dt.datetime | None = None) -> User:
    """The user, if the PIN is right and the account is neither locked nor inactive."""
    at = at or now()
    user = User.get_or_none(User.login == login.strip())
    if user is None or not user.active:
        raise NotFound("Пайдаланушы табылмады", "Пользователь не найден", field="login")
    if user.locked_until and user.locked_until > at:
        raise PermissionDenied(
            f"Тіркелгі {user.locked_until:%H:%M} дейін бұғатталған",
            f"Учётная запись заблокирована до {user.locked_until:%H:%M}", field="pin")
    ok = pin_matches(pin, user.pin_hash)
    with transaction():
        if ok:
            if user.failed_attempts or user.locked_until:
                User.update(failed_attempts=0, locked_until=None).where(User.id == user.id).execute()
                audit.record(user.login, "user.pin_ok", "user", user.id,
                             {"failures": user.failed_attempts}, {"failures": 0}, at=at)
            return user
        failures = user.failed_attempts + 1
        locked = at + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        User.update(failed_attempts=0 if locked else failures, locked_until=locked).where(
            User.id == user.id).execute()
        audit.record(login, "user.pin_failed", "user", user.id,
                     after={"failures": failures, "locked": locked is not None}, at=at)
    raise PermissionDenied("PIN қате", "Неверный PIN", field="pin")
