"""Users and PINs: scrypt hashes, lock-out after repeated failures."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable

import peewee as pw

from . import audit
from .clock import now
from .db import transaction
from .errors import NotFound, PermissionDenied, ValidationError
from .models import OfficeSetting, User
from .regulation import ROLES

# center_head: the Center's head (R2-R4 p.17), a read-only board with no step of its own.
BOARD_ROLES = ("center_head",)
ALL_ROLES = (*ROLES, *BOARD_ROLES, "admin")
MAX_FAILURES = 5
LOCK_MINUTES = 15
# Roles whose PIN guards the whole office: longer PINs (new and reset PINs; see README).
STRONG_ROLES = frozenset({"admin", "head"})
STRONG_PIN_MIN = 6
# scrypt cost: ≈ 135 ms per guess on the office PC (2 cores, measured), 40 MiB of memory,
# so even a stolen file gives up 4-digit PINs slowly. Each hash stores its own cost.
_N, _R, _P = 2**15, 10, 1


def _maxmem(n: int, r: int) -> int:
    return 128 * r * n + (1 << 20)


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32, maxmem=_maxmem(_N, _R))
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        if int(n) > 2**20 or int(r) > 32 or int(p) > 4:  # a crafted hash must not eat the PC
            return False
        got = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest) // 2,
            maxmem=_maxmem(int(n), int(r)),
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def pin_digest(stored: str) -> str:
    """A short fingerprint of a stored hash for the audit row: `check` sees a hash swapped
    behind the engine, and the row gives nothing to guess a PIN from (no salt in it)."""
    return hashlib.sha256(stored.encode()).hexdigest()[:16]


def check_pin_format(pin: str) -> None:
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise ValidationError("PIN 4-12 цифрдан тұруы керек", "PIN должен содержать 4-12 цифр", field="pin")


def min_pin_length(roles: Iterable[str]) -> int:
    """The shortest PIN the office accepts for these roles (setting `pin_min_length`, ≥ 4)."""
    # read here, not through settings.get: settings checks the admin through this module
    row = OfficeSetting.get_or_none(OfficeSetting.key == "pin_min_length")
    try:
        others = max(4, min(12, int(row.value if row else 4)))
    except ValueError:
        others = 4
    return max(others, STRONG_PIN_MIN) if STRONG_ROLES & set(roles) else others


def check_pin_policy(pin: str, roles: Iterable[str]) -> None:
    """A new or reset PIN: the format, and the length the user's roles need."""
    check_pin_format(pin)
    need = min_pin_length(roles)
    if len(pin) < need:
        raise ValidationError(
            f"Бұл рөлдер үшін PIN кемінде {need} цифр болуы керек",
            f"Для этих ролей PIN должен содержать не менее {need} цифр",
            field="pin",
        )


def create_user(
    login: str, surname: str, name: str, roles: list[str], pin: str, patronymic: str = "", by: str = "system"
) -> User:
    from .textcheck import check_person_name

    login = login.strip()
    if not login or not login.isascii() or " " in login or len(login) > 64 or not login.isprintable():
        raise ValidationError(
            "Логин латын әріптерімен, бос орынсыз жазылады",
            "Логин пишется латиницей без пробелов",
            field="login",
        )
    bad = [r for r in roles if r not in ALL_ROLES]
    if bad or not roles:
        raise ValidationError(
            f"Рөл белгісіз: {', '.join(bad) or '—'}",
            f"Неизвестная роль: {', '.join(bad) or '—'}",
            field="roles",
        )
    if not surname.strip() or not name.strip():
        raise ValidationError("Тегі мен аты толтырылуы керек", "Фамилия и имя обязательны", field="surname")
    for field, value in (("surname", surname), ("name", name), ("patronymic", patronymic)):
        check_person_name(field, value.strip())
    check_pin_format(pin)
    with transaction():
        if User.select().where(User.login == login).exists():
            raise ValidationError("Мұндай логин бар", "Такой логин уже есть", field="login")
        user = User.create(
            login=login,
            surname=surname.strip(),
            name=name.strip(),
            patronymic=patronymic.strip(),
            roles=",".join(roles),
            pin_hash=hash_pin(pin),
        )
        audit.record(
            by,
            "user.create",
            "user",
            user.id,
            after={"login": login, "roles": roles, "pin": pin_digest(user.pin_hash)},
        )
    return user


def still_holds(user: User | None, role: str | None = None) -> bool:
    """Whether `user` is, in the database right now, active (and holds `role`).

    Called inside the acting transaction: the object loaded at sign-in may be stale (a scan
    station signed in this morning, an admin deactivated since).
    """
    if user is None or getattr(user, "id", None) is None:
        return False
    fresh = User.get_or_none(User.id == user.id)
    return bool(fresh is not None and fresh.active and (role is None or fresh.has_role(role)))


def _locked(user: User, at: dt.datetime) -> PermissionDenied:
    until = user.locked_until or at + dt.timedelta(minutes=LOCK_MINUTES)
    return PermissionDenied(
        f"Тіркелгі {until:%H:%M} дейін бұғатталған",
        f"Учётная запись заблокирована до {until:%H:%M}",
        field="pin",
    )


def _reserve_attempt(login: str, at: dt.datetime) -> User:
    """Count this attempt as a failure *before* the slow PIN check, under the write lock.

    The lock test and the count are one transaction (SQLite BEGIN IMMEDIATE, PostgreSQL the
    office write lock plus a row lock), so parallel guesses can never see the same count:
    at most MAX_FAILURES guesses are ever evaluated before the account locks, across
    threads, processes and restarts. A right PIN gives its attempt back (`_settle`).
    """
    with transaction():
        q = User.select().where(User.login == login.strip())
        if not isinstance(User._meta.database.obj, pw.SqliteDatabase):
            q = q.for_update()
        user = q.get_or_none()
        if user is None or not user.active:
            raise NotFound("Пайдаланушы табылмады", "Пользователь не найден", field="login")
        failures = user.failed_attempts
        if user.locked_until is not None:
            if user.locked_until > at:
                raise _locked(user, at)
            failures = 0  # the lock-out has run out: a fresh series
        if failures >= MAX_FAILURES:  # guesses still being checked fill the quota
            raise _locked(user, at)
        failures += 1
        locked = at + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        User.update(failed_attempts=failures, locked_until=locked).where(User.id == user.id).execute()
        user.failed_attempts, user.locked_until = failures, locked
    return user


def authenticate(login: str, pin: str, at: dt.datetime | None = None) -> User:
    """The user, if the PIN is right and the account is neither locked nor inactive."""
    at = at or now()
    user = _reserve_attempt(login, at)
    ok = pin_matches(pin, user.pin_hash)
    with transaction():
        fresh = User.get_or_none(User.id == user.id)
        if ok:
            # Earlier failures are forgotten; the provisional lock this attempt set goes too.
            User.update(failed_attempts=0, locked_until=None).where(User.id == user.id).execute()
            if user.failed_attempts > 1:
                audit.record(
                    user.login,
                    "user.pin_ok",
                    "user",
                    user.id,
                    {"failures": user.failed_attempts - 1},
                    {"failures": 0},
                    at=at,
                )
            if fresh is None or not fresh.active:
                raise NotFound("Пайдаланушы табылмады", "Пользователь не найден", field="login")
            return User.get_by_id(user.id)
        audit.record(
            login.strip(),
            "user.pin_failed",
            "user",
            user.id,
            after={"failures": user.failed_attempts, "locked": user.locked_until is not None},
            at=at,
        )
    raise PermissionDenied("PIN қате", "Неверный PIN", field="pin")
