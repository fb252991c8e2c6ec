"""The results of a service: хабарлама (notification, services 2-4), шешім (decision on
registration as unemployed, service 1) and дәлелді бас тарту (reasoned refusal, with the
grounds chosen from the service's catalogue, the reasoning and the right to appeal).
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
    out.append(KeepTogether([signature(t("head", lang), d["head"], lang), gap(4),
                             p(f"{t('executor', lang)}: {d['executor']}", "small")]))
    return out


def _body(kind: str, d: dict[str, Any]) -> str:
    lang = d["lang"]
    return t(f"{kind}.body", lang).format(
        date=d["submitted_date"], number=d["number"], service=d["service"],
        applicant=d["applicant"]["full_name"], iin=d["applicant"]["iin"])


def notification(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    return [*title_block("notification", lang), *_addressee(d), gap(6),
            p(_body("notification", d)), p(f"{t('basis', lang)}: {d['basis']}", "small"),
            *_signatures(d)]


def decision(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    return [*title_block("decision", lang), *_addressee(d), gap(6),
            p(_body("decision", d)), p(f"{t('basis', lang)}: {d['basis']}", "small"),
            *_signatures(d)]


def refusal(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    out: list[Flowable] = [*title_block("refusal", lang), *_addressee(d), gap(6),
                           p(_body("refusal", d))]
    for i, g in enumerate(d["grounds"], 1):
        out.append(p(f"{i}) {g['text']} ({g['basis']}).", "body"))
    out += [gap(2), pb(f"{t('reasoning', lang)}:"), p(d["reasoning"]), gap(2),
            pb(f"{t('appeal', lang)}:"), p(d["appeal"]), *_signatures(d)]
    return out
