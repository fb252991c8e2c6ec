"""Қолхат — given when the applicant hands the documents in at the Center.

The regulation (para 13) lists exactly: the application's number and date of acceptance;
the service requested; the number and names of the attached documents; the date, time
and place the result is issued (the day of `result_due_at` and the place: a 23:59 deadline
is not an hour of issue); the surname, name and patronymic of the Center inspector.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from .layout import fields_table, gap, p, signature, title_block
from .texts import t


def story(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    a = d["applicant"]
    docs = d["documents"]
    listed = [p(t("documents_total", lang).format(n=len(docs)), "value")]
    listed += [p(f"{i}. {title}", "cell") for i, title in enumerate(docs, 1)]
    return [
        *title_block("receipt", lang),
        *fields_table(
            [
                (t("number_and_date", lang), f"№ {d['number']}, {d['submitted']}"),
                (t("applicant", lang), f"{a['full_name']}, {t('iin', lang)} {a['iin']}"),
                (t("service_kind", lang), d["service"]),
                (t("documents", lang), listed),
                (t("issue_when_where", lang), f"{d['result_due']}, {d['place']}"),
                (t("inspector", lang), d["accepted_by"]),
            ]
        ),
        gap(10),
        signature(t("inspector", lang), d["accepted_by"], lang),
        gap(6),
        signature(t("received_copy", lang), a["full_name"], lang),
    ]
