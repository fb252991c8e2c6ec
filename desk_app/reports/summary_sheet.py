"""The monthly report's summary sheet: the figures per service and in total, the refusal
grounds, the twelve-month trend with its chart, and the complaints; see `monthly.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from desk_app.core.clock import iso
from desk_app.core.regulation import Wording

from . import queries as Q
from .labels import month_name, t
from .workbook import Book, Names, fitted


def _figures_dict(f: Q.ServiceFigures) -> dict[str, Any]:
    return {
        "received": f.received,
        "received_center": f.received_center,
        "received_direct": f.received_direct,
        "completed": f.completed,
        "refused": f.refused,
        "returned": f.returned,
        "in_progress": f.in_progress,
        "overdue": f.overdue,
        "overdue_share": None if f.overdue_share is None else round(f.overdue_share, 4),
        "term_avg_days": None if f.term_avg is None else round(f.term_avg, 2),
        "term_max_days": None if f.term_max is None else round(f.term_max, 2),
        "grounds": dict(f.grounds),
        "return_grounds": dict(f.return_grounds),
    }


# The figures that add up over services: the counts (not the shares and term days).
_SUMMED = [f.name for f in fields(Q.ServiceFigures) if f.type == "int"]


def _totals(figs: list[Q.ServiceFigures]) -> Q.ServiceFigures:
    tot = Q.ServiceFigures()
    for f in figs:
        for k in _SUMMED:
            setattr(tot, k, getattr(tot, k) + getattr(f, k))
        for mine, theirs in ((tot.grounds, f.grounds), (tot.return_grounds, f.return_grounds)):
            for code, n in theirs.items():
                mine[code] = mine.get(code, 0) + n
    with_term = [f for f in figs if f.term_n]
    if with_term:
        # A service with closed applications (term_n > 0) has both figures.
        tot.term_avg = sum((f.term_avg or 0.0) * f.term_n for f in with_term) / tot.term_n
        tot.term_max = max(f.term_max or 0.0 for f in with_term)
    return tot


def summary_sheet(
    book: Book,
    w: Q.Window,
    lang: str,
    wording: Wording,
    names: Names,
    figures: dict[int, Q.ServiceFigures],
    moment: dt.datetime,
) -> dict[str, Any]:
    widths = fitted(
        [6, 58] + [15] * (len(_COLUMNS) - 2),
        [t(k, lang) for k in _COLUMNS],
        _grounds_heading(lang),
        _trend_heading(lang),
    )
    ws = book.sheet(t("sheet.summary", lang), widths, "C5", header_row=4)
    _title_rows(book, ws, w, lang, moment)
    numbers = sorted(set(wording.services) | set(figures))
    rows: list[tuple[int, Q.ServiceFigures]] = [(n, figures.get(n, Q.ServiceFigures())) for n in numbers]
    tot = _service_table(book, ws, lang, rows, [names.service_name(wording.code, n) for n in numbers])
    r = 5 + len(rows) + 1  # next row number: the title rows, the header, a row a service, the total
    r += _grounds_table(book, ws, lang, wording, names, rows)
    windows, trend = _trend_table(book, ws, w, lang, r)
    complaints = _complaints_block(book, ws, w, lang)
    return {
        "month": f"{w.start:%Y-%m}",
        "lang": lang,
        "as_of": iso(w.cutoff),
        "wording": wording.code,
        "services": {n: _figures_dict(f) for n, f in rows},
        "total": _figures_dict(tot),
        "trend": [
            {"month": f"{win.start:%Y-%m}", "received": rec, "completed": comp}
            for win, (rec, comp) in zip(windows, trend, strict=True)
        ],
        "complaints": complaints,
    }


def _title_rows(book: Book, ws: Any, w: Q.Window, lang: str, moment: dt.datetime) -> None:
    """Rows 1-3: the title, the office, the cutoff and the audit chain's head."""
    from desk_app.core.anchor import chain_head
    from desk_app.documents.data import office_name

    c = book.cell
    office = office_name(lang)  # office_name_ru in a Russian report, when the office set it
    title = f"{t('title', lang)}: {month_name(w.start.year, w.start.month, lang)}"
    book.wb.properties.title = title
    book.wb.properties.creator = office
    book.wb.properties.lastModifiedBy = office
    ws.append([None, c(ws, title, book.s_title)])
    ws.append([None, office])
    # The audit chain's head when the report was made: `check --anchor` verifies against it.
    ws.append(
        [
            None,
            t("as_of", lang),
            c(ws, w.cutoff, book.s_date),
            t("made_at", lang),
            c(ws, moment, book.s_date),
            "audit",
            chain_head(),
        ]
    )


_COLUMNS = (
    "no",
    "service",
    "received",
    "received_center",
    "received_direct",
    "completed",
    "refused",
    "returned",
    "in_progress",
    "overdue",
    "overdue_share",
    "term_avg",
    "term_max",
)


def _service_table(
    book: Book, ws: Any, lang: str, rows: list[tuple[int, Q.ServiceFigures]], labels: list[str]
) -> Q.ServiceFigures:
    """The header (row 4), a row a service and the totals' row; returns the totals."""
    c = book.cell
    book.header(ws, [t(k, lang) for k in _COLUMNS])

    def line(label_no: Any, label: str, f: Q.ServiceFigures, bold: bool) -> list[Any]:
        s_days, s_share = (book.s_days_bold, book.s_share_bold) if bold else (book.s_days, book.s_share)
        vals = [
            f.received,
            f.received_center,
            f.received_direct,
            f.completed,
            f.refused,
            f.returned,
            f.in_progress,
            f.overdue,
        ]
        return (
            [label_no, book.wrapped(ws, label, 2, bold)]
            + [c(ws, v, book.s_bold) if bold else v for v in vals]
            + [c(ws, f.overdue_share, s_share), c(ws, f.term_avg, s_days), c(ws, f.term_max, s_days)]
        )

    for (n, f), label in zip(rows, labels, strict=True):
        ws.append(line(n, label, f, False))
    tot = _totals([f for _, f in rows])
    ws.append(line(None, t("total", lang), tot, True))
    return tot


def _grounds_heading(lang: str) -> list[str | None]:
    return [t("no", lang), t("ground", lang), t("refused_count", lang), t("returned_count", lang)]


def _trend_heading(lang: str) -> list[str | None]:
    return [None, t("month", lang), t("received", lang), t("completed", lang)]


def _grounds_table(
    book: Book, ws: Any, lang: str, wording: Wording, names: Names, rows: list[tuple[int, Q.ServiceFigures]]
) -> int:
    """Per ground of each service, the applications citing it: a refusal ground's refusals in
    column C, then a defective package's return ground's returns in column D (the other
    column left empty), so neither count mixes into the other. The wording's grounds come
    first, then any other code counted. Returns the rows written."""
    ws.append([])
    ws.append([None, book.cell(ws, t("grounds_title", lang), book.s_bold)])
    book.header(ws, _grounds_heading(lang))
    written = 3
    for n, f in rows:
        svc = wording.services.get(n)
        for column, counted, known in (
            (2, f.grounds, svc.grounds if svc else ()),
            (3, f.return_grounds, svc.return_grounds if svc else ()),
        ):
            codes = [g.code for g in known]
            codes += sorted(set(counted) - set(codes))
            for code in codes:
                line: list[Any] = [n, book.wrapped(ws, names.ground(wording.code, n, code), 2), None, None]
                line[column] = counted.get(code, 0)
                ws.append(line)
                written += 1
    return written


def _trend_table(
    book: Book, ws: Any, w: Q.Window, lang: str, first_row: int
) -> tuple[list[Q.Window], list[tuple[int, int]]]:
    """Received and completed for the report month and the eleven before it, from row
    `first_row`, with a bar chart beside the table; returns the windows and their figures."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    ws.append([])
    ws.append([None, book.cell(ws, t("trend_title", lang), book.s_bold)])
    windows = []
    y, m = w.start.year, w.start.month
    for _ in range(12):
        windows.append(Q.month_window(y, m, w.cutoff))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    windows.reverse()
    trend = Q.monthly_trend(windows)
    book.header(ws, _trend_heading(lang))
    head_row = first_row + 2
    for win, (rec, comp) in zip(windows, trend, strict=True):
        ws.append([None, f"{win.start:%m.%Y}", rec, comp])
    chart = BarChart()
    chart.type = "col"
    chart.title = t("chart_title", lang)
    chart.y_axis.title = t("chart_y", lang)
    chart.height, chart.width = 8, 18
    chart.add_data(
        Reference(ws, min_col=3, max_col=4, min_row=head_row, max_row=head_row + 12), titles_from_data=True
    )
    months = Reference(ws, min_col=2, min_row=head_row + 1, max_row=head_row + 12)
    for series in chart.series:  # the month labels are text: a string reference, not numeric
        series.cat = AxDataSource(strRef=StrRef(f=str(months)))
    ws.add_chart(chart, f"E{head_row}")
    return windows, trend


def _complaints_block(book: Book, ws: Any, w: Q.Window, lang: str) -> dict[str, int]:
    """The month's complaints, in columns B-C (the chart sits from column E)."""
    f = Q.complaint_figures(w)
    figures = {"received": f.received, "answered": f.answered, "open_at_end": f.open_at_end, "late": f.late}
    ws.append([])
    ws.append([None, book.cell(ws, t("complaints_title", lang), book.s_bold)])
    for key, value in figures.items():
        ws.append([None, t(f"complaints.{key}", lang), value])
    return figures
