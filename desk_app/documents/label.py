"""The folder's own label (issue 16.2): the application number as Code128 on the paper file
that travels between the Center and the authorized body, so the dispatch and arrival scans
read the folder, not the receipt the applicant took home.

Two formats, an office setting (`label_format`): a 58 x 40 mm label for a label printer
(`label58`, the default) or an A4 cover sheet (`a4`). The label carries the service, the
applicant's surname and initials (never the IIN: a folder lies on desks and in bags), the
submission date and the date the result is due back. Same font and invariance as every
paper: rendered twice from the same data it gives the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import BOLD, REGULAR, register_fonts
from .texts import t

FORMATS = {"label58": (58 * mm, 40 * mm), "a4": A4}
BAR_WIDTH = 0.36 * mm  # the narrowest bar zbarimg reads from a 200 dpi scan is 0.33 mm

register_fonts()


def _fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """`text` at the largest size down to two thirds of `size` that fits `width` (labels are
    narrow); past that, cut with an ellipsis (a service's long name)."""
    least = size * 2 / 3
    while size > least and stringWidth(text, font, size) > width:
        size -= 0.25
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    return text, size


def render(d: dict[str, Any]) -> tuple[bytes, int]:
    fmt: str = d["format"] if d.get("format") in FORMATS else "label58"
    w, h = FORMATS[fmt]
    lang = d["lang"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h), invariant=1, initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(f"{t('label.title', lang)} {d['number']}")
    c.setCreator("Kense")
    scale = 1.0 if fmt == "label58" else 2.2
    margin = 3 * mm * scale
    inner = w - 2 * margin
    bar = Code128(
        d["number"],
        barWidth=BAR_WIDTH * min(scale, 1.6),
        barHeight=11 * mm * scale,
        humanReadable=False,
        quiet=True,
    )
    y = h - margin - bar.height
    if fmt == "a4":
        y = h - 40 * mm - bar.height
        c.setFont(BOLD, 18)
        c.drawString(margin, h - 25 * mm, d["office"])
    bar.drawOn(c, (w - bar.width) / 2, y)
    lines: list[tuple[str, float, str]] = [
        (BOLD, 11, d["number"]),
        (REGULAR, 7, f"{d['service_no']}. {d['service']}"),
        (BOLD, 9, d["applicant_short"]),
        (REGULAR, 7, f"{t('label.submitted', lang)}: {d['submitted_date']}"),
        (REGULAR, 7, f"{t('label.due_back', lang)}: {d['due_back']}"),
    ]
    y -= 3 * mm * scale
    for font, size, text in lines:
        text, size = _fit(text, font, size * scale, inner)
        y -= size * 1.15
        c.setFont(font, size)
        c.drawCentredString(w / 2, y, text)
    c.showPage()
    c.save()
    return buf.getvalue(), 1
