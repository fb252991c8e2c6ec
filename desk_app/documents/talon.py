"""Талон — given when the applicant hands the documents in at the authorized body.

The regulation (para 12) lists: the date of registration, the date the service will be
received (`result_due_at`: a day, not a deadline's 23:59), and the surname and name of the
employee who accepted the documents.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from .layout import fields_table, gap, signature, title_block
from .texts import t


def story(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    a = d["applicant"]
    return [
        *title_block("talon", lang),
        *fields_table(
            [
                (t("app_no", lang), d["number"]),
                (t("applicant", lang), f"{a['full_name']}, {t('iin', lang)} {a['iin']}"),
                (t("service", lang), d["service"]),
                (t("registered_at", lang), d["submitted"]),
                (t("result_on", lang), d["result_due"]),
                (t("accepted_by", lang), d["accepted_by"]),
            ]
        ),
        gap(10),
        signature(t("accepted_sign", lang), d["accepted_by"], lang),
    ]
