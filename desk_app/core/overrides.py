"""The office's edits of the regulation lists the standard marks "to confirm".

The documents list and the refusal grounds' texts of each service may be corrected by the
admin without a code change: a row here replaces (or, for a document, adds or drops) one
item of the JSON wording. `regulations()` is the JSON wordings with these rows applied: the
one accessor of the regulation in force at this office (everything reads it through here,
`workflow.regulations` is the same function). Every edit is audited.
"""

from __future__ import annotations

import dataclasses

import peewee as pw

from . import audit
from .clock import now
from .db import on_reopen, transaction
from .errors import ValidationError
from .models import BaseModel, User, database
from .names import one_script
from .regulation import DocumentKind, Regulations, Text, Wording, json_regulations
from .users import require_admin

KINDS = ("document", "ground")


class RegulationOverride(BaseModel):
    wording = pw.CharField(max_length=60)
    service = pw.IntegerField()
    kind = pw.CharField(max_length=10)  # document, ground
    code = pw.CharField(max_length=60)
    kk = pw.TextField()
    ru = pw.TextField()
    required = pw.BooleanField(null=True)  # documents only
    active = pw.BooleanField(default=True)  # False drops a document from the list
    rev = pw.IntegerField()  # global revision: the cache key of the applied regulations
    user = pw.CharField(max_length=64)
    at = pw.DateTimeField()

    class Meta:
        table_name = "regulation_override"
        indexes = ((("wording", "service", "kind", "code"), True),)


_cache: dict[str, tuple[tuple[int, int], Regulations]] = {}


@on_reopen  # another database: its rows are not the cached ones
def invalidate() -> None:
    _cache.clear()


def _stamp() -> tuple[int, int] | None:
    """(rows, newest revision) of the overrides, or None where there is no such table."""
    db = database.obj
    if db is None:
        return None
    known = _cache.get("db")  # (database, has the table?) — one atomic read, threads share it
    if known is None or known[0] is not db:  # once per database: older schemas lack the table
        known = (db, db.table_exists(RegulationOverride._meta.table_name))
        _cache["db"] = known
    if not known[1]:
        return None
    row = (
        RegulationOverride.select(pw.fn.COUNT(RegulationOverride.id), pw.fn.MAX(RegulationOverride.rev))
        .tuples()
        .first()
    )
    return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)


def apply(regs: Regulations, rows: list[RegulationOverride]) -> Regulations:
    """The wordings with the office's rows laid over them (same API, new objects)."""
    by_wording: dict[str, list[RegulationOverride]] = {}
    for r in rows:
        by_wording.setdefault(r.wording, []).append(r)
    out: list[Wording] = []
    for w in regs.wordings:
        mine = by_wording.get(w.code)
        if not mine:
            out.append(w)
            continue
        services = dict(w.services)
        for no, svc in w.services.items():
            docs = {d.code: d for d in svc.documents}
            grounds = {g.code: g for g in svc.grounds}
            for r in (r for r in mine if r.service == no):
                if r.kind == "ground" and r.code in grounds:
                    grounds[r.code] = dataclasses.replace(grounds[r.code], text=Text(r.kk, r.ru))
                elif r.kind == "document":
                    if not r.active:
                        docs.pop(r.code, None)
                        continue
                    old = docs.get(r.code)
                    docs[r.code] = DocumentKind(
                        r.code,
                        Text(r.kk, r.ru),
                        bool(r.required if r.required is not None else (old and old.required)),
                        False,
                    )
            services[no] = dataclasses.replace(
                svc, documents=tuple(docs.values()), grounds=tuple(grounds.values())
            )
        out.append(dataclasses.replace(w, services=services))
    return Regulations(out)


def regulations() -> Regulations:
    """The regulation in force at this office: JSON wordings plus the admin's edits (cached
    until the next edit); `.in_force(day)` picks the wording of a day, `.by_code` an
    application's own."""
    base = json_regulations()
    stamp = _stamp()
    if stamp is None or stamp[0] == 0:
        return base
    cached = _cache.get("regs")  # (stamp, regulations)
    if cached is None or cached[0] != stamp:
        rows = list(RegulationOverride.select().order_by(RegulationOverride.id))
        cached = (stamp, apply(base, rows))
        _cache["regs"] = cached
    return cached[1]


def _checked(
    wording: str, service: int, kind: str, code: str, kk: str, ru: str, active: bool
) -> tuple[str, str, str]:
    """The edit's code and texts, cleaned, or a refusal naming the field at fault."""
    w = json_regulations()._by_code.get(wording)
    if w is None:
        raise ValidationError(
            f"Регламент белгісіз: {wording}", f"Неизвестный регламент: {wording}", "wording"
        )
    svc = w.service(service)
    if kind not in KINDS:
        raise ValidationError("Тізім түрі: document немесе ground", "Вид списка: document или ground", "kind")
    code = code.strip()
    if not code or len(code) > 60 or not code.isascii():
        raise ValidationError("Коды латын әріптерімен жазылады", "Код пишется латиницей", "code")
    if kind == "ground":
        svc.ground(code)  # grounds come from the standard: only their texts change
        if not active:
            raise ValidationError(
                "Бас тарту негізін алып тастауға болмайды", "Основание отказа нельзя удалить", "active"
            )
    # a Latin i typed inside a Kazakh word is the Kazakh і (names.one_script)
    kk, ru = one_script(" ".join(kk.split())), one_script(" ".join(ru.split()))
    if active and (not kk or not ru or len(kk) > 1000 or len(ru) > 1000):
        raise ValidationError(
            "Мәтін қазақша және орысша толтырылады (1000 таңбаға дейін)",
            "Текст заполняется на казахском и русском (до 1000 знаков)",
            "text",
        )
    return code, kk, ru


def set_item(
    by: User,
    wording: str,
    service: int,
    kind: str,
    code: str,
    kk: str,
    ru: str,
    required: bool | None = None,
    active: bool = True,
) -> RegulationOverride:
    """Admin: set the wording of a document or a refusal ground (or add/drop a document)."""
    require_admin(
        by, "Регламент тізімдерін тек әкімші өзгертеді", "Списки регламента изменяет только администратор"
    )
    code, kk, ru = _checked(wording, service, kind, code, kk, ru, active)
    with transaction():
        key = (
            (RegulationOverride.wording == wording)
            & (RegulationOverride.service == service)
            & (RegulationOverride.kind == kind)
            & (RegulationOverride.code == code)
        )
        old = RegulationOverride.get_or_none(key)
        rev = (RegulationOverride.select(pw.fn.MAX(RegulationOverride.rev)).scalar() or 0) + 1
        fields = {
            "kk": kk,
            "ru": ru,
            "required": required,
            "active": active,
            "rev": rev,
            "user": by.login,
            "at": now(),
        }
        before = None
        if old is None:
            row = RegulationOverride.create(wording=wording, service=service, kind=kind, code=code, **fields)
        else:
            before = {"kk": old.kk, "ru": old.ru, "required": old.required, "active": old.active}
            RegulationOverride.update(**fields).where(RegulationOverride.id == old.id).execute()
            row = RegulationOverride.get_by_id(old.id)
        audit.record(
            by.login,
            "regulation.override",
            "regulation_override",
            row.id,
            before,
            {
                "wording": wording,
                "service": service,
                "kind": kind,
                "code": code,
                "kk": kk,
                "ru": ru,
                "required": required,
                "active": active,
            },
        )
    invalidate()
    return row
