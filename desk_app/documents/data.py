"""What goes on each document, read from the database into plain data.

`gather(kind, app, lang)` checks that the document may be printed for the application
(a talon only for a direct application, a result only when it is the prepared or
signed result, ...) and returns a JSON-able dict. Rendering works from that dict
alone, and its hash tells whether a stored copy still shows the current facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from desk_app.core import office
from desk_app.core.bundles import bundle_of_application
from desk_app.core.errors import KenseError, ValidationError
from desk_app.core.models import (
    Application,
    AttachedDocument,
    NuclearPeriod,
    OfficeSetting,
    Person,
    RefusalGround,
    Step,
    User,
)
from desk_app.core.names import one_script
from desk_app.core.workflow import service_of, wording_of

from .texts import KINDS, label, t, t_for


class DocumentUnavailable(KenseError):
    """The application is not in a state where this document exists."""


def check_kind(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"Құжат түрі белгісіз: {kind}", f"Неизвестный вид документа: {kind}", "kind")
    if lang not in ("kk", "ru"):
        raise ValidationError(f"Тіл белгісіз: {lang}", f"Неизвестный язык: {lang}", "lang")


def _date(t_: dt.datetime | dt.date | None) -> str:
    return t_.strftime("%d.%m.%Y") if t_ else ""


def _datetime(t_: dt.datetime | None) -> str:
    return t_.strftime("%d.%m.%Y %H:%M") if t_ else ""


def _setting(key: str) -> str | None:
    row = OfficeSetting.get_or_none(OfficeSetting.key == key)
    return row.value.strip() if row and row.value.strip() else None


def office_name(lang: str) -> str:
    """The office's name in `lang` (`core.office`, its one home), a placeholder before the first run."""
    return office.office_name(lang) or t("office_fallback", lang)


def _person(p: Person) -> dict[str, str]:
    # one_script: a card saved before names were folded may still hold a Latin i
    return {"full_name": one_script(p.full_name), "iin": p.iin, "address": one_script(p.address)}


def _user_name(u: User | None, full: bool) -> str:
    if u is None:
        return ""
    return u.full_name if full else u.short_name


def _signed_step(app: Application) -> Step | None:
    return (
        Step.select()
        .where(Step.application == app, Step.outcome == "signed", Step.completed_at.is_null(False))
        .order_by(Step.id.desc())
        .get_or_none()
    )


def _result_day(app: Application) -> str:
    """The day the applicant gets the result (R2-R4 p.12(2), p.13(2)): `result_due_at`, the
    term plus the steps outside it; rows made before that column have only `term_due_at`."""
    return _date(app.result_due_at or app.term_due_at)


def _unavailable(kind: str, kk: str, ru: str) -> DocumentUnavailable:
    return DocumentUnavailable(
        f"{t(f'{kind}.title', 'kk')}: {kk}", f"{t(f'{kind}.title', 'ru')}: {ru}", "kind"
    )


def gather(kind: str, app: Application, lang: str = "kk") -> dict[str, Any]:
    """The facts document `kind` of `app` shows, in language `lang`."""
    check_kind(kind, lang)
    if kind == "register":
        return _register(app, lang)
    svc = service_of(app)
    base: dict[str, Any] = {
        "kind": kind,
        "lang": lang,
        "office": office_name(lang),
        "number": app.number,
        "service_no": svc.no,
        "service": svc.name.get(lang),
        "submitted": _datetime(app.submitted_at),
        "submitted_date": _date(app.submitted_at),
        "applicant": _person(app.person),
    }
    if kind == "label":
        # The folder's label: surname and initials only (no IIN on a folder that travels).
        p = app.person
        initials = "".join(f"{x[0]}." for x in (p.name, p.patronymic) if x)
        base.update(
            applicant_short=one_script(f"{p.surname} {initials}".strip()),
            due_back=_result_day(app),
            format=_setting("label_format") or "label58",
        )
        del base["applicant"]
    elif kind == "talon":
        if app.channel != "direct":
            raise _unavailable(
                kind,
                "өтініш Орталық арқылы берілген (қолхат басылады)",
                "заявление подано через Центр (печатается расписка)",
            )
        base.update(result_due=_result_day(app), accepted_by=_user_name(app.accepted_by, full=False))
    elif kind == "receipt":
        if app.channel != "center":
            raise _unavailable(
                kind,
                "өтініш Орталық арқылы берілмеген (талон басылады)",
                "заявление подано не через Центр (печатается талон)",
            )
        docs = (
            AttachedDocument.select().where(AttachedDocument.application == app).order_by(AttachedDocument.id)
        )
        base.update(
            documents=[d.title for d in docs],
            result_due=_result_day(app),
            place=app.place_of_issue or _setting("center_name") or t("center_fallback", lang),
            accepted_by=_user_name(app.accepted_by, full=True),
        )
    else:
        base.update(_result(kind, app, lang))
    return base


def _register(app: Application, lang: str) -> dict[str, Any]:
    """The bundle `app` was sent in; nothing of `app` itself, so every application of the
    bundle gives the same data (and the same stored register)."""
    found = bundle_of_application(app)
    if found is None:
        raise _unavailable(
            "register",
            "өтініш уәкілетті органға әлі жолданбаған",
            "заявление ещё не направлено в уполномоченный орган",
        )
    sender, day, apps = found
    counts = {a.id: 0 for a in apps}
    for d in AttachedDocument.select(AttachedDocument.application).where(
        AttachedDocument.application.in_(list(counts))
    ):
        counts[d.application_id] += 1
    # one query for all the applicants instead of one per line
    people = {p.id: p for p in Person.select().where(Person.id.in_({a.person_id for a in apps}))}
    return {
        "kind": "register",
        "lang": lang,
        "office": office_name(lang),
        "day": _date(day),
        "sent_by": sender.full_name,
        "sender": sender.login,
        "center": _setting("center_name") or t("center_fallback", lang),
        "lines": [
            {
                "number": a.number,
                "applicant": people[a.person_id].full_name,
                "iin": people[a.person_id].iin,
                "service_no": a.service,
                "documents": counts[a.id],
            }
            for a in apps
        ],
    }


def _result(kind: str, app: Application, lang: str) -> dict[str, Any]:
    svc = service_of(app)
    current = app.result or app.prepared_result
    if kind == "return" and svc.defective_return is None:
        raise _unavailable(
            kind,
            "бұл қызметте құжаттарды дәлелді қайтару жоқ",
            "в этой услуге нет мотивированного возврата документов",
        )
    if kind not in ("refusal", "return") and kind != svc.positive_result:
        raise _unavailable(
            kind,
            f"бұл қызметтің оң нәтижесі — {t(svc.positive_result + '.title')}",
            f"положительный результат этой услуги — {t(svc.positive_result + '.title', 'ru')}",
        )
    if current != kind:
        raise _unavailable(
            kind, "өтініш бойынша бұл нәтиже дайындалмаған", "по заявлению не подготовлен такой результат"
        )
    signed = _signed_step(app) if app.result == kind else None
    # Signed by the acting head (absence.py) when the signer holds no head role: "Басшының
    # м.а." / "И.о. руководителя", and the working body's head likewise for service 2.
    acting = signed is not None and signed.user is not None and not signed.user.has_role("head")
    out: dict[str, Any] = {
        "signed": app.result == kind,
        "head": _user_name(signed.user if signed else None, full=False),
        "head_title": t_for("head.acting" if acting else "head", svc.code, lang),
        "executor": _user_name(app.executor, full=False),
        "basis": svc.basis.get(lang),
    }
    if kind in ("refusal", "return"):
        codes = [
            g.code
            for g in RefusalGround.select().where(RefusalGround.application == app).order_by(RefusalGround.id)
        ]
        grounds = [svc.ground(c) for c in codes]
        ret = svc.defective_return
        if kind == "return" and ret is not None:  # only the defective-package grounds of R2 p.10
            own = {g.code for g in ret.grounds}
            grounds = [g for g in grounds if g.code in own] or list(ret.grounds)
        out.update(
            grounds=[{"code": g.code, "text": g.text.get(lang), "basis": g.basis.get(lang)} for g in grounds],
            reasoning=one_script(app.refusal_reasoning),
            appeal=wording_of(app).appeal.get(lang),
        )
    if kind == "notification" and svc.code == "nuclear_victims":
        # R2 p.6: registered as affected by the tests, on which day and under which number,
        # for the periods, places and zones on the card and the category they give.
        out.update(
            registered={"date": _date(signed.completed_at) if signed else "", "number": app.number},
            periods=_periods(app.person, lang),
        )
    return out


def _periods(person: Person, lang: str) -> list[dict[str, str]]:
    rows = (
        NuclearPeriod.select()
        .where(NuclearPeriod.person == person)
        .order_by(NuclearPeriod.date_from, NuclearPeriod.id)
    )
    return [
        {
            "kind": label("period", r.kind, lang),
            "dates": f"{_date(r.date_from)} – {_date(r.date_to) or t('period.now', lang)}",
            "place": one_script(", ".join(x for x in (r.place, r.district) if x)),
            "zone": label("zone", r.zone, lang),
            "category": one_script(r.category),
        }
        for r in rows
    ]


def data_hash(data: dict[str, Any]) -> str:
    """A fingerprint of the facts: a stored copy is reused only while it matches."""
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
