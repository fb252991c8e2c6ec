"""The page every document is printed on: A4, the office's name, the outgoing number and
the application's barcode at the top of each page, the page number at the foot.

Everything is set in the bundled TTF (`fonts.py`); the canvas is created with that font
as its initial one and with `invariant=1`, so a document rendered twice from the same
data gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .fonts import BOLD, REGULAR, register_fonts
from .texts import t

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 16 * mm
HEADER_H = 30 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
# Narrowest bar zbarimg reads reliably from a 200 dpi scan is 0.33 mm; keep a margin.
BAR_WIDTH = 0.36 * mm
BAR_HEIGHT = 12 * mm

register_fonts()


def _break_kazakh_words_at_hyphens() -> None:
    """ReportLab offers a word to the hyphenator only when every letter is in its letter
    class, which stops at the Russian alphabet: a hyphenated Kazakh name (Ә, Ғ, Қ, ...)
    would only ever be cut anywhere. Widen the class to the whole Cyrillic block."""
    import re

    from reportlab.platypus import paragraph as rp

    if "\u04ff" in rp._hy_letters:
        return
    rp._hy_letters += "\u0400-\u04ff\u0500-\u052f"
    rp._hy_letters_pat = re.compile(f"^[{rp._hy_letters}]+$")
    rp._hy_shy_letters_pat = re.compile(f"^[{rp._hy_shy}{rp._hy_letters}]+$")


_break_kazakh_words_at_hyphens()


def at_hyphens(word: str) -> Iterator[tuple[str, str]]:
    """Break points of a hyphenated word, longest head first, each head keeping its hyphen
    (so nothing is added to the text: pdftotext -raw gives the name back exactly). A word
    with no hyphen that is wider than the line is split by ReportLab's splitLongWords."""
    parts = word.split("-")
    for i in range(len(parts) - 1, 0, -1):
        yield "-".join(parts[:i]) + "-", "-".join(parts[i:])


def _style(name: str, **kw: Any) -> ParagraphStyle:
    # (embeddedHyphenation, ReportLab's own, drops hyphens from long names in narrow cells.)
    base = {
        "fontName": REGULAR,
        "fontSize": 10,
        "leading": 13,
        "hyphenationLang": at_hyphens,
        "embeddedHyphenation": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body", spaceAfter=4),
    "small": _style("small", fontSize=8, leading=10),
    "label": _style("label", fontSize=9, leading=11.5, textColor=colors.HexColor("#333333")),
    "value": _style("value", fontName=BOLD, fontSize=10, leading=13),
    "title": _style("title", fontName=BOLD, fontSize=15, leading=19, alignment=TA_CENTER),
    "sub": _style("sub", fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=8),
    "office": _style("office", fontName=BOLD, fontSize=10, leading=12.5),
    "right": _style("right", fontSize=9, leading=11, alignment=TA_RIGHT),
    "center": _style("center", fontSize=9, leading=11, alignment=TA_CENTER),
    "cell": _style("cell", fontSize=9, leading=11.5),
    "cellb": _style("cellb", fontName=BOLD, fontSize=9, leading=11.5),
}


_FRAGS: dict[tuple[str, bool], Any] = {}  # ReportLab's ParaFrag


class _Para(Paragraph):
    """A Paragraph that draws itself with one drawString when its text fits on one line:
    most cells of a form do, and ReportLab's line-breaking and per-paragraph text object
    cost several times the string itself. Longer text goes the Paragraph way."""

    _line: float | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        st = self.style
        frag = self.frags[0]
        width = stringWidth(frag.text, frag.fontName, st.fontSize)
        if width <= aw - st.leftIndent - st.rightIndent and not st.firstLineIndent:
            self._line = width
            self.width, self.height = aw, st.leading
            return aw, float(st.leading)
        self._line = None
        w, h = super().wrap(aw, ah)
        return w, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self._line is not None:
            return []  # one line that does not fit: it moves to the next frame whole
        parts: list[Flowable] = super().split(aw, ah)
        return parts

    def draw(self) -> None:
        if self._line is None:
            super().draw()
            return None
        st, frag, canv = self.style, self.frags[0], self.canv
        canv.setFont(frag.fontName, st.fontSize)
        canv.setFillColor(frag.textColor)
        y = self.height - st.fontSize  # where Paragraph puts its first baseline
        if st.alignment == TA_CENTER:
            canv.drawCentredString(self.width / 2, y, frag.text)
        elif st.alignment == TA_RIGHT:
            canv.drawRightString(self.width - st.rightIndent, y, frag.text)
        else:
            canv.drawString(st.leftIndent, y, frag.text)
        return None


def _para(text: str, style: str, bold: bool) -> Paragraph:
    """A paragraph of plain text. The fragment is cloned from one parsed per style instead
    of running ReportLab's markup parser on every string (a tenth of a talon's time), and
    the text needs no escaping: names may hold '&' or '<'."""
    key = (style, bold)
    tmpl = _FRAGS.get(key)
    if tmpl is None:
        tmpl = _FRAGS[key] = Paragraph("<b>x</b>" if bold else "x", STYLES[style]).frags[0]
    return _Para(text, STYLES[style], frags=[tmpl.clone(text=" ".join(text.split()))])


def p(text: str, style: str = "body") -> Paragraph:
    return _para(text, style, False)


def pb(text: str, style: str = "body") -> Paragraph:
    return _para(text, style, True)


def barcode(value: str, height: float = BAR_HEIGHT) -> Code128:
    """Code128 of `value`, quiet zones included, no human-readable line (that is
    ReportLab's Helvetica; the number is printed beside it in our font instead)."""
    quiet = 10 * BAR_WIDTH  # the quiet zone Code128 asks for: ten narrow bars each side
    return Code128(
        value, barWidth=BAR_WIDTH, barHeight=height, quiet=1, lquiet=quiet, rquiet=quiet, humanReadable=False
    )


def _stack(cell: Flowable | Sequence[Flowable]) -> list[Flowable]:
    """A cell's flowables, stacked top to bottom: one, or a list or tuple of them."""
    return list(cell) if isinstance(cell, list | tuple) else [cell]


class BarcodeCell(Flowable):
    """A barcode with its number under it, for table cells."""

    def __init__(self, value: str, height: float = 10 * mm) -> None:
        super().__init__()
        self.value = value
        self.code = barcode(value, height)
        self.width = self.code.width
        self.height = height + 4 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.code.drawOn(self.canv, 0, 4 * mm)
        self.canv.setFont(REGULAR, 8)
        self.canv.drawCentredString(self.width / 2, 1 * mm, self.value)


class Row(Flowable):
    """One line of a form or register: cells side by side, each a flowable or a stack of
    them, wrapped once. Lighter than a platypus Table (which wraps every cell again to
    draw it), and a long form still breaks between its rows."""

    def __init__(
        self,
        cells: Sequence[Flowable | Sequence[Flowable]],
        widths: Sequence[float],
        rule: float = 0.3,
        grid: bool = False,
        pad: float = 3,
        valign: str = "top",
        background: colors.Color | None = None,
    ) -> None:
        super().__init__()
        self.cells: list[list[Flowable]] = [_stack(c) for c in cells]
        self.widths = list(widths)
        self.rule, self.grid, self.pad = rule, grid, pad
        self.valign, self.background = valign, background
        self._wrapped: tuple[float, list[float]] | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._wrapped is None:
            heights: list[float] = []
            for stack, w in zip(self.cells, self.widths, strict=True):
                heights.append(sum(f.wrap(w - 2 * self.pad, 1e6)[1] for f in stack))
            self._wrapped = (max(heights, default=0) + 2 * self.pad + 1, heights)
        self.width = sum(self.widths)
        self.height = self._wrapped[0]
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        assert self._wrapped is not None
        height, heights = self._wrapped
        if self.background is not None:
            canv.setFillColor(self.background)
            canv.rect(0, 0, self.width, height, stroke=0, fill=1)
            canv.setFillColor(colors.black)
        x = 0.0
        for stack, w, h in zip(self.cells, self.widths, heights, strict=True):
            top = height - self.pad if self.valign == "top" else (height + h) / 2
            for f in stack:
                top -= f.height
                f.drawOn(canv, x + self.pad, top)
            x += w
        canv.setStrokeColor(colors.HexColor("#777777" if self.grid else "#999999"))
        if self.grid:
            canv.setLineWidth(0.4)
            canv.rect(0, 0, self.width, height, stroke=1, fill=0)
            x = 0.0
            for w in self.widths[:-1]:
                x += w
                canv.line(x, 0, x, height)
        elif self.rule:
            canv.setLineWidth(self.rule)
            canv.line(0, 0, self.width, 0)


def fields_table(
    rows: Sequence[tuple[str, Sequence[Flowable] | Flowable | str]], label_w: float = 62 * mm
) -> list[Flowable]:
    """Label | value rows; a value that is a list gets one row per item, so a long list
    breaks across pages instead of overflowing one cell."""
    widths = [label_w, CONTENT_W - label_w]
    out: list[Flowable] = []
    for label, value in rows:
        items = list(value) if isinstance(value, list | tuple) else [value]
        items = [p(v, "value") if isinstance(v, str) else v for v in items] or [p("")]
        for i, item in enumerate(items):
            last = i == len(items) - 1
            out.append(
                Row(
                    [p(label, "label") if i == 0 else Spacer(1, 0), item],
                    widths,
                    rule=0.3 if last else 0,
                    pad=3 if len(items) == 1 else 2,
                )
            )
    return out


class _SignLine(Flowable):
    """A line to sign on with its caption under it."""

    def __init__(self, width: float, caption: str) -> None:
        super().__init__()
        self.width, self.height, self.caption = width, 9 * mm, caption

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 4 * mm, self.width, 4 * mm)
        self.canv.setFont(REGULAR, 8)
        self.canv.drawCentredString(self.width / 2, 1 * mm, self.caption)


def signature(label: str, name: str = "", lang: str = "kk") -> Flowable:
    """A signature line: who, the line to sign on, and the printed name."""
    return Row(
        [p(label, "cell"), _SignLine(45 * mm - 6, t("signature", lang)), p(name, "cellb")],
        [70 * mm, 45 * mm, CONTENT_W - 115 * mm],
        rule=0,
        valign="middle",
    )


def title_block(kind: str, lang: str) -> list[Flowable]:
    return [p(t(f"{kind}.title", lang), "title"), p(t(f"{kind}.sub", lang), "sub")]


def gap(h_mm: float = 4) -> Spacer:
    return Spacer(1, h_mm * mm)


@dataclass(frozen=True)
class Header:
    office: str
    journal_no: str
    printed: str  # dd.mm.yyyy
    kind_title: str
    lang: str
    barcode_value: str | None  # the application number; None on the dispatch register
    # The audit chain's head when the paper was first printed (`core.anchor`): a copy that
    # leaves the PC, for `check --anchor`. None on a preview, which is no record.
    anchor: str | None = None


def _draw_page(canvas: Any, doc: Any, head: Header) -> None:
    canvas.saveState()
    top = PAGE_H - MARGIN_TOP
    right = PAGE_W - MARGIN_X
    if head.barcode_value:
        code = barcode(head.barcode_value)
        x = right - code.width
        code.drawOn(canvas, x, top - BAR_HEIGHT)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(
            right, top - BAR_HEIGHT - 4 * mm, f"{t('app_no', head.lang)}: {head.barcode_value}"
        )
        text_w = x - MARGIN_X - 4 * mm
    else:
        text_w = CONTENT_W * 0.62
    office = p(head.office, "office")
    _, h = office.wrap(text_w, HEADER_H)
    office.drawOn(canvas, MARGIN_X, top - h)
    if head.lang == "kk":
        out_text = f"{t('out_no', 'kk')} {head.journal_no}, {head.printed} {t('dated', 'kk')}"
    else:
        out_text = f"{t('out_no', 'ru')} {head.journal_no} {t('dated', 'ru')} {head.printed}"
    out = p(out_text, "cell")
    _, h2 = out.wrap(text_w, HEADER_H)
    out.drawOn(canvas, MARGIN_X, top - h - 2 * mm - h2)
    canvas.setLineWidth(0.6)
    line_y = PAGE_H - MARGIN_TOP - HEADER_H + 3 * mm
    canvas.line(MARGIN_X, line_y, right, line_y)
    canvas.setFont(REGULAR, 8)
    page = doc.page
    foot = (
        f"{head.kind_title} · {head.journal_no} · {page}-{t('page', 'kk')}"
        if head.lang == "kk"
        else f"{head.kind_title} · {head.journal_no} · {t('page', 'ru')} {page}"
    )
    canvas.drawCentredString(PAGE_W / 2, MARGIN_BOTTOM - 8 * mm, foot)
    if head.anchor:
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(right, MARGIN_BOTTOM - 8 * mm, f"аудит {head.anchor}")
    canvas.restoreState()


def build_pdf(story: list[Flowable], head: Header, title: str) -> tuple[bytes, int]:
    """Lay out `story` on as many A4 pages as it needs, with the header on each;
    return the PDF and its page count."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP + HEADER_H,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=head.office,
        creator="Kense",
        producer="Kense",
        subject=head.journal_no,
        keywords=[f"kense-audit {head.anchor}"] if head.anchor else [],
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=13,
        lang="ru-RU" if head.lang == "ru" else "kk-KZ",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_W,
        PAGE_H - MARGIN_TOP - HEADER_H - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: _draw_page(c, d, head))]
    )
    doc.build(story)
    return buf.getvalue(), doc.page
