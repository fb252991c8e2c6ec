"""User administration: create, deactivate, reset a PIN, change roles. Admin only, audited.

The last active admin can be neither deactivated nor stripped of the role: the office
would lose the only account that manages the others.
"""

from __future__ import annotations

from . import audit, auth
from .db import transaction
from .errors import NotFound, PermissionDenied, ValidationError
from .models import User


def require_admin(
    by: User | None,
    kk: str = "Мұны тек әкімші істей алады",
    ru: str = "Это может сделать только администратор",
    field: str = "user",
) -> None:
    """Refuse anyone but an active admin: the only admin check of the domain.

    Both the object in hand and the database are asked: an admin deactivated since signing
    in (the row changed under a stale object) loses the power at once.
    """
    if by is None or not by.active or not auth.still_holds(by, "admin"):
        raise PermissionDenied(kk, ru, field)


def _require_user_admin(by: User) -> None:
    require_admin(
        by, "Пайдаланушыларды тек әкімші басқарады", "Пользователями управляет только администратор"
    )


def _get(login: str) -> User:
    user = User.get_or_none(User.login == (login or "").strip())
    if user is None:
        raise NotFound(f"Пайдаланушы табылмады: {login}", f"Пользователь не найден: {login}", "login")
    return user


def _check_roles(roles: list[str]) -> list[str]:
    roles = list(dict.fromkeys(r.strip() for r in roles if r.strip()))
    bad = [r for r in roles if r not in auth.ALL_ROLES]
    if bad or not roles:
        raise ValidationError(
            f"Рөл белгісіз: {', '.join(bad) or '—'}", f"Неизвестная роль: {', '.join(bad) or '—'}", "roles"
        )
    return roles


def _other_active_admins(user: User) -> int:
    return sum(
        1
        for u in User.select().where(User.active == True, User.id != user.id)  # noqa: E712
        if u.has_role("admin")
    )


def create(
    by: User, login: str, surname: str, name: str, roles: list[str], pin: str, patronymic: str = ""
) -> User:
    _require_user_admin(by)
    roles = _check_roles(roles)
    auth.check_pin_policy(pin, roles)
    return auth.create_user(login, surname, name, roles, pin, patronymic, by=by.login)


def office_has_users() -> bool:
    """False on an empty office: the desk then starts the first-run wizard."""
    return bool(User.select().exists())


def list_users() -> list[User]:
    return list(User.select().order_by(User.login))


def set_active(by: User, login: str, active: bool) -> User:
    with transaction():
        _require_user_admin(by)
        user = _get(login)
        if bool(user.active) == active:
            return user
        if not active and user.has_role("admin") and _other_active_admins(user) == 0:
            raise ValidationError(
                "Соңғы әкімшіні өшіруге болмайды", "Нельзя отключить последнего администратора", "login"
            )
        User.update(active=active).where(User.id == user.id).execute()
        audit.record(
            by.login,
            "user.activate" if active else "user.deactivate",
            "user",
            user.id,
            {"active": bool(user.active)},
            {"active": active},
        )
    return User.get_by_id(user.id)


def deactivate(by: User, login: str) -> User:
    return set_active(by, login, False)


def reset_pin(by: User, login: str, pin: str) -> User:
    """A new PIN; the lock-out is lifted. The audit row holds no PIN or hash."""
    with transaction():
        _require_user_admin(by)
        user = _get(login)
        auth.check_pin_policy(pin, user.role_set)
        new_hash = auth.hash_pin(pin)
        User.update(pin_hash=new_hash, failed_attempts=0, locked_until=None).where(
            User.id == user.id
        ).execute()
        audit.record(
            by.login,
            "user.reset_pin",
            "user",
            user.id,
            None,
            {"pin_reset": True, "pin": auth.pin_digest(new_hash)},
        )
    return User.get_by_id(user.id)


def set_roles(by: User, login: str, roles: list[str]) -> User:
    roles = _check_roles(roles)
    with transaction():
        _require_user_admin(by)
        user = _get(login)
        old = sorted(user.role_set)
        if (
            "admin" not in roles
            and user.has_role("admin")
            and user.active
            and _other_active_admins(user) == 0
        ):
            raise ValidationError(
                "Соңғы әкімшінің рөлін алуға болмайды",
                "Нельзя снять роль с последнего администратора",
                "roles",
            )
        User.update(roles=",".join(roles)).where(User.id == user.id).execute()
        audit.record(by.login, "user.roles", "user", user.id, {"roles": old}, {"roles": roles})
    return User.get_by_id(user.id)
