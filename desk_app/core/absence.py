"""People away (leave, sick leave, business trip) and the acting head while the head is away.

An admin or the head records an absence. While an executor is away their open applications
are listed for reassignment (handed over in `handover.py` with the engine's `reassign`);
while the head is away the acting head named for the period may take every head's step
(`acting_head`), and the engine audits "acting for" and the papers print "Басшының м.а.".
Whether an absent person's own actions are refused is the office's choice (setting
`absence_blocks_actions`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from . import audit
from .clock import iso, now
from .db import transaction
from .errors import NotFound, PermissionDenied, ValidationError
from .models import Application, BaseModel, OfficeSetting, User

REASONS = {
    "leave": ("еңбек демалысы", "отпуск"),
    "sick": ("еңбекке жарамсыздық", "больничный"),
    "trip": ("іссапар", "командировка"),
}
BLOCKS_SETTING = "absence_blocks_actions"


class Absence(BaseModel):
    acting_id: int | None  # peewee's id of the acting head (see models.BaseModel)
    user = pw.ForeignKeyField(User, backref="absences", on_delete="RESTRICT")
    date_from = pw.DateField(index=True)
    date_to = pw.DateField(index=True)
    reason = pw.CharField(max_length=20)
    acting = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")  # the acting head
    recorded_by = pw.CharField(max_length=64)
    created_at = pw.DateTimeField()


@dataclass(frozen=True)
class Away:
    id: int
    login: str
    name: str
    date_from: dt.date
    date_to: dt.date
    reason: str
    acting: str | None  # the acting head's login


def _admin_or_head(by: User) -> None:
    if not by.active or not (by.has_role("admin") or by.has_role("head")):
        raise PermissionDenied(
            "Болмауды тек әкімші немесе басшы тіркейді",
            "Отсутствие регистрирует только администратор или руководитель",
            "user",
        )


def _check(user: User, date_from: dt.date, date_to: dt.date, reason: str, acting: User | None) -> None:
    """What can be refused before reading other absences: the reason, the dates, the acting head."""
    if reason not in REASONS:
        raise ValidationError(
            "Себебін таңдаңыз: демалыс, еңбекке жарамсыздық, іссапар",
            "Выберите причину: отпуск, больничный, командировка",
            "reason",
        )
    if not isinstance(date_from, dt.date) or not isinstance(date_to, dt.date) or date_to < date_from:
        raise ValidationError(
            "Аяқталу күні басталу күнінен ерте", "Дата окончания раньше даты начала", "date_to"
        )
    if (date_to - date_from).days > 366:
        raise ValidationError("Болмау бір жылдан аспайды", "Отсутствие не дольше года", "date_to")
    if acting is not None:
        if not user.has_role("head"):
            raise ValidationError(
                "Міндетін атқарушы тек басшыға тағайындалады",
                "Исполняющий обязанности назначается только руководителю",
                "acting",
            )
        if acting.id == user.id or not acting.active:
            raise ValidationError(
                "Міндетін атқарушы басқа белсенді қызметкер болуы керек",
                "Исполняющим обязанности должен быть другой активный сотрудник",
                "acting",
            )


def record(
    user: User,
    date_from: dt.date,
    date_to: dt.date,
    reason: str,
    by: User,
    acting: User | None = None,
    at: dt.datetime | None = None,
) -> Absence:
    """Record `user`'s absence; for a head, `acting` is the acting head for the period."""
    at = (at or now()).replace(microsecond=0)
    _admin_or_head(by)
    _check(user, date_from, date_to, reason, acting)
    with transaction():
        overlap = (
            Absence.select()
            .where(Absence.user == user, Absence.date_from <= date_to, Absence.date_to >= date_from)
            .exists()
        )
        if overlap:
            raise ValidationError(
                "Бұл күндерге болмау бұрын тіркелген",
                "На эти дни отсутствие уже зарегистрировано",
                "date_from",
            )
        if (
            acting is not None
            and Absence.select()
            .where(Absence.user == acting, Absence.date_from <= date_to, Absence.date_to >= date_from)
            .exists()
        ):
            raise ValidationError(
                "Міндетін атқарушы сол күндері өзі жоқ",
                "Исполняющий обязанности сам отсутствует в эти дни",
                "acting",
            )
        row = Absence.create(
            user=user,
            date_from=date_from,
            date_to=date_to,
            reason=reason,
            acting=acting,
            recorded_by=by.login,
            created_at=at,
        )
        audit.record(
            by.login,
            "absence.record",
            "user",
            user.login,
            None,
            {
                "from": iso(date_from),
                "to": iso(date_to),
                "reason": reason,
                "acting": acting.login if acting else None,
            },
            at,
        )
    return row


def away_on(day: dt.date) -> list[Away]:
    """Everyone away on `day`, for the queues' "who is away"."""
    logins = {u.id: u.login for u in User.select(User.id, User.login)}  # an office has tens
    q = (
        Absence.select(Absence, User)
        .join(User, on=(Absence.user == User.id))
        .where(Absence.date_from <= day, Absence.date_to >= day)
        .order_by(User.surname)
    )
    return [
        Away(
            a.id,
            a.user.login,
            a.user.short_name,
            a.date_from,
            a.date_to,
            a.reason,
            logins.get(a.acting_id) if a.acting_id else None,
        )
        for a in q
    ]


def is_away(user_id: int, day: dt.date) -> bool:
    return (
        Absence.select()
        .where(Absence.user == user_id, Absence.date_from <= day, Absence.date_to >= day)
        .exists()
    )


def acting_for(user: User, day: dt.date) -> User | None:
    """The head `user` stands in for on `day`, or None."""
    row = (
        Absence.select(Absence, User)
        .join(User, on=(Absence.user == User.id))
        .where(Absence.acting == user.id, Absence.date_from <= day, Absence.date_to >= day)
        .first()
    )
    if row is None or not row.user.has_role("head"):
        return None
    head: User = row.user
    return head


def blocks_actions() -> bool:
    row = OfficeSetting.get_or_none(OfficeSetting.key == BLOCKS_SETTING)
    return bool(row and row.value == "1")


def open_work(user: User) -> list[Application]:
    """The open applications an executor holds (to hand over while they are away)."""
    return list(
        Application.select()
        .where(Application.executor == user, Application.closed_at.is_null())
        .order_by(Application.id)
    )


def get(absence_id: int) -> Absence:
    row = Absence.get_or_none(Absence.id == absence_id)
    if row is None:
        raise NotFound("Болмау табылмады", "Отсутствие не найдено", "absence")
    return row
