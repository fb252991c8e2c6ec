"""Тізілім — the register of one dispatch bundle: every application the dispatch inspector
sent to the authorized body that day, with its barcode, applicant and document count,
and the lines on which the sender and the office clerk sign (it is also the clerk's
receipt of the bundle).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from .layout import CONTENT_W, BarcodeCell, Row, fields_table, gap, p, signature, title_block
from .texts import t


def story(d: dict[str, Any]) -> list[Flowable]:
    lang = d["lang"]
    lines = d["lines"]
    head = [
        p(t("col.no", lang), "cellb"),
        p(t("col.number", lang), "cellb"),
        p(t("col.applicant", lang), "cellb"),
        p(t("col.service", lang), "cellb"),
        p(t("col.docs", lang), "cellb"),
    ]
    widths = [9 * mm, 62 * mm, 0, 18 * mm, 24 * mm]
    widths[2] = CONTENT_W - sum(widths)
    rows: list[Flowable] = [Row(head, widths, grid=True, background=colors.HexColor("#eeeeee"))]
    for i, line in enumerate(lines, 1):
        rows.append(
            Row(
                [
                    p(str(i), "cell"),
                    BarcodeCell(line["number"]),
                    [p(line["applicant"], "cell"), p(f"{t('iin', lang)} {line['iin']}", "cell")],
                    p(str(line["service_no"]), "center"),
                    p(str(line["documents"]), "center"),
                ],
                widths,
                grid=True,
                pad=4,
                valign="middle",
            )
        )
    total = t("register.total", lang).format(apps=len(lines), docs=sum(x["documents"] for x in lines))
    return [
        *title_block("register", lang),
        *fields_table(
            [
                (t("register.day", lang), d["day"]),
                (t("register.from", lang), f"{d['center']}, {d['sent_by']}"),
                (t("register.to", lang), d["office"]),
            ],
            label_w=40 * mm,
        ),
        gap(4),
        *rows,
        gap(3),
        p(total, "value"),
        gap(8),
        KeepTogether(
            [
                signature(t("sent_by", lang), d["sent_by"], lang),
                gap(6),
                signature(t("received_by", lang), "", lang),
                gap(2),
                p(f"{t('date_time', lang)}: ____________________", "cell"),
            ]
        ),
    ]
