"""The results of a service: хабарлама (notification, services 2-4), шешім (decision on
registration as unemployed, service 1), дәлелді бас тарту (reasoned refusal, with the
grounds chosen from the service's catalogue, the reasoning and the right to appeal) and
құжаттарды дәлелді қайтару (service 2's reasoned return of a defective or incomplete
package, R2 p.10, which the applicant may hand in again once corrected).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from .layout import fields_table, gap, p, pb, signature, title_block
from .texts import t


def _addressee(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    a = d["applicant"]
    rows = [(t("to", lang), a["full_name"]), (t("iin", lang), a["iin"])]
    if a["address"]:
        rows.append((t("address", lang), a["address"]))
    return fields_table(rows, label_w=30 * mm)


def _signatures(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    out: list[Flowable] = [gap(10)]
    if not d["signed"]:
        out.append(pb(t("draft", lang)))
    out.append(
        KeepTogether(
            [
                signature(d.get("head_title") or t("head", lang), d["head"], lang),
                gap(4),
                p(f"{t('executor', lang)}: {d['executor']}", "small"),
            ]
        )
    )
    return out


def _body(kind: str, d: dict[str, Any], key: str | None = None) -> str:
    lang = d["lang"]
    reg = d.get("registered") or {}
    return t(key or f"{kind}.body", lang).format(
        date=d["submitted_date"],
        number=d["number"],
        service=d["service"],
        applicant=d["applicant"]["full_name"],
        iin=d["applicant"]["iin"],
        reg_date=reg.get("date") or "__.__.____",
        reg_number=reg.get("number", ""),
    )


def _periods(d: dict[str, Any]) -> list[Flowable]:
    """Service 2 (R2 p.6): the card's periods near the test site and what they give."""
    lang = d["lang"]
    out: list[Flowable] = [gap(2), pb(f"{t('periods', lang)}:")]
    for i, r in enumerate(d["periods"], 1):
        words = [x for x in (r["kind"], r["dates"], r["place"], r["zone"]) if x]
        if r["category"]:
            words.append(f"{t('period.category', lang)}: {r['category']}")
        out.append(p(f"{i}) {'; '.join(words)}.", "body"))
    return out


def notification(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    if "periods" in d:  # service 2: registration as affected by the tests
        return [
            *title_block("notification", lang),
            *_addressee(d),
            gap(6),
            p(_body("notification", d, "notification.body.nuclear_victims")),
            *(_periods(d) if d["periods"] else []),
            gap(2),
            p(f"{t('basis', lang)}: {d['basis']}", "small"),
            *_signatures(d),
        ]
    return _plain("notification", d)


def decision(d: dict[str, Any]) -> list[Flowable]:
    return _plain("decision", d)


def _plain(kind: str, d: dict[str, Any]) -> list[Flowable]:
    """A positive result in its plain form: title, addressee, body, basis, signatures."""
    return [
        *title_block(kind, d["lang"]),
        *_addressee(d),
        gap(6),
        p(_body(kind, d)),
        p(f"{t('basis', d['lang'])}: {d['basis']}", "small"),
        *_signatures(d),
    ]


def _with_grounds(kind: str, d: dict[str, Any]) -> list[Flowable]:
    """Title, addressee and body of a refusal or return, then its grounds numbered."""
    out: list[Flowable] = [*title_block(kind, d["lang"]), *_addressee(d), gap(6), p(_body(kind, d))]
    for i, g in enumerate(d["grounds"], 1):
        out.append(p(f"{i}) {g['text']} ({g['basis']}).", "body"))
    return out


def refusal(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    out = _with_grounds("refusal", d)
    out += [
        gap(2),
        pb(f"{t('reasoning', lang)}:"),
        p(d["reasoning"]),
        gap(2),
        pb(f"{t('appeal', lang)}:"),
        p(d["appeal"]),
        *_signatures(d),
    ]
    return out


def return_notice(d: dict[str, Any]) -> list[Flowable]:
    """Service 2, R2 p.10: the working body returns a package with errors or missing
    documents, with the reasons in writing; the applicant may apply again once corrected."""
    lang = d["lang"]
    out = _with_grounds("return", d)
    out += [
        gap(2),
        pb(f"{t('return.reasoning', lang)}:"),
        p(d["reasoning"]),
        gap(2),
        p(t("return.resubmit", lang)),
        gap(2),
        pb(f"{t('appeal', lang)}:"),
        p(d["appeal"]),
        *_signatures(d),
    ]
    return out
