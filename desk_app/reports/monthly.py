"""The monthly report to the akimat: one Excel workbook of the month's state services.

`export_month(year, month, path)` writes four sheets, streamed (openpyxl write-only mode,
database rows read in chunks), so a month of 100,000 applications fits in a few tens of MB.

**The month and its cutoff.** The month is [first day 00:00, first day of the next month
00:00). Every figure is the state *at the cutoff*: the end of the month, or the moment of
export for the month still running. What happened after the cutoff (a later closing, a
later scan) is ignored, so exporting a finished month again gives the same workbook.

**Summary sheet** (one row per service of the wording in force in the month, then totals):

- *received* — applications submitted in the month, split by channel (`center`: through
  the Center; `direct`: straight to the authorized body);
- *completed* — applications closed in the month (closed_at in the month) with a positive
  result (notification or decision), whenever they were submitted;
- *refused* — applications closed in the month with a reasoned refusal; the table below
  it counts, for every ground of each service, the refused applications citing that
  ground (an application citing two grounds counts under both);
- *in progress at month end* — submitted before the cutoff and not closed before it;
- *overdue* — of the applications received in the month, those closed after their
  promised term (`term_due_at`) or still open at the cutoff with the term already past;
  the *share* is overdue / received;
- *average / longest term, days* — over the applications closed in the month, the
  *counted term*: the sum of the durations (completed − started) of the application's
  counted steps, i.e. the applicant-facing term the regulation limits, without the
  uncounted steps (dispatch, delivery, issue) and the folder's time in transit. Days are
  24-hour days, with fractions.
- The twelve-month table and bar chart give received and completed (as above) for the
  report month and the eleven before it.

**Complaints** (R1-R4 p.18; a block under the twelve-month table, counted over the
complaints entered before the cutoff, whatever their application's month):

- *received* — complaints received (`received_on`) in the month;
- *answered* — complaints answered (`answered_on`) in the month;
- *open at month end* — received by the month's last day and not answered by then;
- *late* — answered in the month after their answer due day, or open at month end with
  the due time (`answer_due_at`: receipt + the wording's complaint term) already past.

**Register sheet** — one row per application submitted in the month, in order of
submission: number, IIN (masked `8503******23` unless `show_iin`), applicant (surname and
initials), service, channel, submitted, promised (`term_due_at`), completed (`closed_at`, if
before the cutoff), result (likewise), refusal grounds, days taken (the counted term, for an
application closed before the cutoff), overdue flag (as in the summary) and the executor.

**Overdue sheet** — applications open at the cutoff (of any month) whose promised term or
whose step open at the cutoff is past due: the step, its due time, the days from the
earliest passed deadline to the cutoff, and who holds it: the role of the open step and its
user (the recorded user; for an executor's step the assigned executor; otherwise the one
active user holding the role, if there is exactly one). An application with no step open at
the cutoff is a result on its way to the Center: the Center inspector's issue step.

**Movements sheet** — every barcode scan (Movement) in the month, in time order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desk_app.core.clock import iso, now
from desk_app.core.errors import KenseError, ValidationError
from desk_app.core.regulation import Service, Wording
from desk_app.core.workflow import regulations

from . import queries as Q
from .labels import LANGS, month_name, t

DATE_FMT = "DD.MM.YYYY HH:MM"
DAYS_FMT = "0.0"
SHARE_FMT = "0.0%"
TEXT_FMT = "@"
TICK = 500  # rows between progress reports and cancel checks


class ExportCancelled(KenseError):
    """The user cancelled the export; no file was left behind."""


class ExportFailed(KenseError):
    """The workbook could not be written."""


def mask_iin(iin: str) -> str:
    return f"{iin[:4]}{'*' * 6}{iin[-2:]}" if len(iin) == 12 else "*" * len(iin)


def short_name(surname: str, name: str, patronymic: str = "") -> str:
    """Surname and initials: «Тоқтарова Ә.Б.»."""
    initials = "".join(f"{p[0]}." for p in (name, patronymic) if p)
    return f"{surname} {initials}".strip()


def parse_month(text: str) -> tuple[int, int]:
    try:
        d = dt.datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise ValidationError(
            f"Айды ЖЖЖЖ-АА түрінде жазыңыз: {text}", f"Укажите месяц в виде ГГГГ-ММ: {text}", "month"
        ) from None
    return d.year, d.month


class _Names:
    """Regulation texts per (wording, service), looked up once."""

    def __init__(self, lang: str, month_wording: Wording) -> None:
        self.lang = lang
        self.regs = regulations()
        self.month_wording = month_wording
        self._svc: dict[tuple[str, int], Service] = {}

    def service(self, wording: str, no: int) -> Service | None:
        key = (wording, no)
        if key not in self._svc:
            try:
                w = self.regs.by_code(wording)
            except KeyError:
                w = self.month_wording
            self._svc[key] = w.services.get(no)  # type: ignore[assignment]
        return self._svc[key]

    def service_name(self, wording: str, no: int) -> str:
        s = self.service(wording, no)
        return s.name.get(self.lang) if s else str(no)

    def ground(self, wording: str, no: int, code: str) -> str:
        s = self.service(wording, no)
        for g in s.grounds if s else ():
            if g.code == code:
                return g.text.get(self.lang)
        return code

    def role(self, wording: str, role: str) -> str:
        try:
            w = self.regs.by_code(wording)
        except KeyError:
            w = self.month_wording
        r = w.roles.get(role)
        return r.get(self.lang) if r else role

    def step(self, wording: str, no: int, step_no: int) -> tuple[str, str]:
        """(label, role code) of a regulation step."""
        s = self.service(wording, no)
        try:
            st = s.step(step_no) if s else None
        except KeyError:
            st = None
        return (f"{step_no}. {st.action.get(self.lang)}", st.role) if st else (str(step_no), "")


def _wording_for(w: Q.Window) -> Wording:
    regs = regulations()
    try:
        return regs.in_force((w.cutoff - dt.timedelta(seconds=1)).date())
    except KenseError:
        return regs.wordings[0]


class _Book:
    """A write-only workbook with shared cell styles (prototype style arrays, copied per cell)."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.Cell = Cell
        self.wb = Workbook(write_only=True)
        proto = self.wb.create_sheet("_proto")

        def style(
            fmt: str | None = None,
            bold: bool = False,
            wrap: bool = False,
            fill: str | None = None,
            size: int | None = None,
        ) -> Any:
            c = Cell(proto, 1, 1)
            if fmt:
                c.number_format = fmt
            if bold or size:
                c.font = Font(bold=bold, size=size or 11)
            if wrap:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            return c._style

        self.s_date = style(DATE_FMT)
        self.s_days = style(DAYS_FMT)
        self.s_share = style(SHARE_FMT)
        self.s_text = style(TEXT_FMT)
        self.s_head = style(bold=True, wrap=True, fill="DDE5EE")
        self.s_bold = style(bold=True)
        self.s_title = style(bold=True, size=14)
        self.s_days_bold = style(DAYS_FMT, bold=True)
        self.s_share_bold = style(SHARE_FMT, bold=True)
        self.wb.remove(proto)

    def sheet(self, title: str, widths: list[float], freeze: str | None, header_row: int = 1) -> Any:
        from openpyxl.utils import get_column_letter

        ws = self.wb.create_sheet(title[:31])
        for i, wdt in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = wdt
        if freeze:
            ws.freeze_panes = freeze  # before the first row: write-only writes views first
        # The akimat prints it: A4 landscape, every column on the page's width (as many pages
        # down as it takes), the column headings again on top of each page.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; write-only sheets lack the name)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.print_title_rows = f"{header_row}:{header_row}"
        return ws

    def cell(self, ws: Any, value: Any, style: Any) -> Any:
        return self.Cell(ws, 1, 1, value, style_array=style) if value is not None else None

    def discard(self) -> None:
        """Finish and drop the sheets' temporary files after a failed or cancelled export."""
        for ws in self.wb.worksheets:
            try:
                if not ws.closed:
                    ws.close()
            except Exception:  # noqa: BLE001 - best effort: the export already failed
                pass
            writer = getattr(ws, "_writer", None)
            if writer is not None and isinstance(writer.out, str):
                Path(writer.out).unlink(missing_ok=True)

    def header(self, ws: Any, labels: list[str]) -> None:
        ws.append([self.cell(ws, v, self.s_head) for v in labels])


def export_month(
    year: int,
    month: int,
    path: str | Path,
    lang: str = "kk",
    show_iin: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Write the month's report to `path` (an .xlsx); return the summary's figures.

    `progress(done, total)` is called every few hundred rows; when `cancel()` turns true the
    export stops with `ExportCancelled` and leaves no file.
    """
    if lang not in LANGS:
        raise ValidationError(f"Тіл: {'/'.join(LANGS)}", f"Язык: {'/'.join(LANGS)}", "lang")
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("Ай дұрыс емес", "Неверный месяц", "month")
    t0 = time.perf_counter()
    moment = now()
    w = Q.month_window(year, month, moment)
    if w.start > moment:
        raise ValidationError("Бұл ай әлі басталған жоқ", "Этот месяц ещё не начался", "month")
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        from desk_app.core.safety.cleanup import clean_stale

        clean_stale(path.parent)  # temp sheets and .part files of an export killed earlier
        with Q.small_page_cache(), _temp_sheets_beside(path):
            result = _write(w, part, lang, show_iin, progress, cancel, moment)
        os.replace(part, path)
    except OSError as e:
        _drop(part)
        raise ExportFailed(
            f"Файлды жазу мүмкін болмады: {path} ({e.strerror or e})",
            f"Не удалось записать файл: {path} ({e.strerror or e})",
            "out",
        ) from e
    except BaseException:
        _drop(part)
        raise
    result.update(path=str(path), seconds=round(time.perf_counter() - t0, 2))
    return result


_temp_dir = threading.local()


def _sheet_temp_file(suffix: str = "") -> str:
    """openpyxl's write-only sheets stream to temp files: put them beside the target (the
    same protected folder), not in the system temp folder, with a name cleanup knows."""
    import tempfile

    from openpyxl.worksheet import _writer

    folder = getattr(_temp_dir, "folder", None)
    fobj = tempfile.NamedTemporaryFile(
        mode="w+",
        suffix=suffix,
        delete=False,
        dir=folder,
        prefix=".~kense-export-" if folder else "openpyxl.",
    )
    fobj.close()
    _writer.ALL_TEMP_FILES.append(fobj.name)
    return fobj.name


@contextlib.contextmanager
def _temp_sheets_beside(path: Path) -> Iterator[None]:
    from openpyxl.worksheet import _writer

    _writer.create_temporary_file = _sheet_temp_file
    _temp_dir.folder = str(path.parent)
    try:
        yield
    finally:
        _temp_dir.folder = None


def _drop(part: Path) -> None:
    with contextlib.suppress(OSError):
        part.unlink(missing_ok=True)


def _write(
    w: Q.Window,
    out: Path,
    lang: str,
    show_iin: bool,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    moment: dt.datetime,
) -> dict[str, Any]:
    wording = _wording_for(w)
    names = _Names(lang, wording)
    staff = Q.staff()
    figures = Q.service_figures(w)
    n_overdue = Q.overdue_count(w)
    n_moves = Q.movement_count(w)
    total = sum(f.received for f in figures.values()) + n_overdue + n_moves
    done = 0

    def tick(n: int = TICK) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise ExportCancelled("Экспорт тоқтатылды", "Экспорт отменён", None)
        if progress is not None:
            progress(min(done, total), total)

    if progress is not None:
        progress(0, total)
    book = _Book()
    try:
        summary = _summary_sheet(book, w, lang, wording, names, figures, moment)
        n_reg = _register_sheet(book, w, lang, show_iin, names, staff, tick)
        n_over = _overdue_sheet(book, w, lang, names, staff, tick)
        n_mov = _movements_sheet(book, w, lang, names, staff, tick)
        if cancel is not None and cancel():
            raise ExportCancelled("Экспорт тоқтатылды", "Экспорт отменён", None)
        book.wb.save(out)
    except BaseException:
        book.discard()
        raise
    if progress is not None:
        progress(total, total)
    summary.update(rows={"register": n_reg, "overdue": n_over, "movements": n_mov})
    return summary


def _figures_dict(f: Q.ServiceFigures) -> dict[str, Any]:
    return {
        "received": f.received,
        "received_center": f.received_center,
        "received_direct": f.received_direct,
        "completed": f.completed,
        "refused": f.refused,
        "in_progress": f.in_progress,
        "overdue": f.overdue,
        "overdue_share": None if f.overdue_share is None else round(f.overdue_share, 4),
        "term_avg_days": None if f.term_avg is None else round(f.term_avg, 2),
        "term_max_days": None if f.term_max is None else round(f.term_max, 2),
        "grounds": dict(f.grounds),
    }


def _totals(figs: list[Q.ServiceFigures]) -> Q.ServiceFigures:
    tot = Q.ServiceFigures()
    for f in figs:
        for k in (
            "received_center",
            "received_direct",
            "completed",
            "refused",
            "in_progress",
            "overdue",
            "term_n",
        ):
            setattr(tot, k, getattr(tot, k) + getattr(f, k))
        for code, n in f.grounds.items():
            tot.grounds[code] = tot.grounds.get(code, 0) + n
    with_term = [f for f in figs if f.term_n]
    if with_term:
        tot.term_avg = sum(f.term_avg * f.term_n for f in with_term) / tot.term_n  # type: ignore[operator]
        tot.term_max = max(f.term_max for f in with_term)  # type: ignore[type-var]
    return tot


def _summary_sheet(
    book: _Book,
    w: Q.Window,
    lang: str,
    wording: Wording,
    names: _Names,
    figures: dict[int, Q.ServiceFigures],
    moment: dt.datetime,
) -> dict[str, Any]:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    from desk_app.documents.data import office_name

    ws = book.sheet(t("sheet.summary", lang), [6, 58] + [15] * 10, "C5", header_row=4)
    c = book.cell
    office = office_name(lang)  # office_name_ru in a Russian report, when the office set it
    title = f"{t('title', lang)}: {month_name(w.start.year, w.start.month, lang)}"
    book.wb.properties.title = title
    book.wb.properties.creator = office
    book.wb.properties.lastModifiedBy = office
    ws.append([None, c(ws, title, book.s_title)])
    ws.append([None, office])
    from desk_app.core.anchor import chain_head

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
    book.header(
        ws,
        [
            t(k, lang)
            for k in (
                "no",
                "service",
                "received",
                "received_center",
                "received_direct",
                "completed",
                "refused",
                "in_progress",
                "overdue",
                "overdue_share",
                "term_avg",
                "term_max",
            )
        ],
    )
    numbers = sorted(set(wording.services) | set(figures))
    rows: list[tuple[int, Q.ServiceFigures]] = [(n, figures.get(n, Q.ServiceFigures())) for n in numbers]

    def line(label_no: Any, label: str, f: Q.ServiceFigures, bold: bool) -> list[Any]:
        s_days, s_share = (book.s_days_bold, book.s_share_bold) if bold else (book.s_days, book.s_share)
        vals = [
            f.received,
            f.received_center,
            f.received_direct,
            f.completed,
            f.refused,
            f.in_progress,
            f.overdue,
        ]
        return (
            [label_no, c(ws, label, book.s_bold) if bold else label]
            + [c(ws, v, book.s_bold) if bold else v for v in vals]
            + [c(ws, f.overdue_share, s_share), c(ws, f.term_avg, s_days), c(ws, f.term_max, s_days)]
        )

    for n, f in rows:
        ws.append(line(n, names.service_name(wording.code, n), f, False))
    tot = _totals([f for _, f in rows])
    ws.append(line(None, t("total", lang), tot, True))
    r = 5 + len(rows) + 1  # next row number
    ws.append([])
    ws.append([None, c(ws, t("grounds_title", lang), book.s_bold)])
    book.header(ws, [t("no", lang), t("ground", lang), t("refused_count", lang)])
    r += 3
    for n, f in rows:
        svc = wording.services.get(n)
        codes = [g.code for g in svc.grounds] if svc else []
        codes += sorted(set(f.grounds) - set(codes))
        for code in codes:
            ws.append([n, names.ground(wording.code, n, code), f.grounds.get(code, 0)])
            r += 1
    ws.append([])
    ws.append([None, c(ws, t("trend_title", lang), book.s_bold)])
    r += 2
    windows = []
    y, m = w.start.year, w.start.month
    for _ in range(12):
        windows.append(Q.month_window(y, m, w.cutoff))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    windows.reverse()
    trend = Q.monthly_trend(windows)
    book.header(ws, [None, t("month", lang), t("received", lang), t("completed", lang)])
    head_row = r
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


def _complaints_block(book: _Book, ws: Any, w: Q.Window, lang: str) -> dict[str, int]:
    """The month's complaints, in columns B-C (the chart sits from column E)."""
    f = Q.complaint_figures(w)
    figures = {"received": f.received, "answered": f.answered, "open_at_end": f.open_at_end, "late": f.late}
    ws.append([])
    ws.append([None, book.cell(ws, t("complaints_title", lang), book.s_bold)])
    for key, value in figures.items():
        ws.append([None, t(f"complaints.{key}", lang), value])
    return figures


def _staff_name(staff: dict[int, Q.Staff], uid: int | None) -> str | None:
    s = staff.get(uid) if uid is not None else None
    return short_name(s.surname, s.name, s.patronymic) if s else None


def _register_sheet(
    book: _Book,
    w: Q.Window,
    lang: str,
    show_iin: bool,
    names: _Names,
    staff: dict[int, Q.Staff],
    tick: Callable[[int], None],
) -> int:
    keys = [
        "number",
        "iin",
        "applicant",
        "service",
        "channel",
        "submitted",
        "promised",
        "closed",
        "result",
        "grounds",
        "days",
        "overdue_flag",
        "executor",
    ]
    ws = book.sheet(t("sheet.register", lang), [14, 15, 24, 40, 16, 17, 17, 17, 22, 44, 12, 10, 22], "B2")
    book.header(ws, [t(k, lang) for k in keys])
    Cell, s_text, s_date, s_days = book.Cell, book.s_text, book.s_date, book.s_days
    vals = {k: t(k, lang) for k in ("center", "direct", "notification", "decision", "refusal", "return")}
    yes, no = t("yes", lang), t("no_", lang)
    n = 0
    for row in Q.register_rows(w):
        iin = row.iin if show_iin else mask_iin(row.iin)
        grounds = "; ".join(names.ground(row.wording, row.service, g) for g in row.grounds)
        ws.append(
            [
                row.number,
                Cell(ws, 1, 1, iin, style_array=s_text),
                short_name(row.surname, row.name, row.patronymic),
                names.service_name(row.wording, row.service),
                vals.get(row.channel, row.channel),
                Cell(ws, 1, 1, row.submitted_at, style_array=s_date),
                Cell(ws, 1, 1, row.term_due_at, style_array=s_date),
                Cell(ws, 1, 1, row.closed_at, style_array=s_date) if row.closed_at else None,
                vals.get(row.result, row.result) if row.result else None,
                grounds or None,
                Cell(ws, 1, 1, round(row.days, 2), style_array=s_days) if row.days is not None else None,
                yes if row.overdue(w.cutoff) else no,
                _staff_name(staff, row.executor_id),
            ]
        )
        n += 1
        if n % TICK == 0:
            tick(TICK)
    tick(n % TICK)
    ws.auto_filter.ref = f"A1:M{n + 1}"
    return n


def _holder(row: Q.OverdueRow, role: str, staff: dict[int, Q.Staff]) -> str | None:
    if row.step_user_id is not None:
        return _staff_name(staff, row.step_user_id)
    if role == "executor" and row.executor_id is not None:
        return _staff_name(staff, row.executor_id)
    holders = [uid for uid, s in staff.items() if s.active and role in s.roles]
    return _staff_name(staff, holders[0]) if len(holders) == 1 else None


def _overdue_sheet(
    book: _Book, w: Q.Window, lang: str, names: _Names, staff: dict[int, Q.Staff], tick: Callable[[int], None]
) -> int:
    keys = [
        "number",
        "service",
        "channel",
        "submitted",
        "promised",
        "step",
        "step_due",
        "late_days",
        "role",
        "user",
    ]
    ws = book.sheet(t("sheet.overdue", lang), [14, 40, 16, 17, 17, 44, 17, 12, 34, 22], "B2")
    book.header(ws, [t(k, lang) for k in keys])
    Cell, s_date, s_days = book.Cell, book.s_date, book.s_days
    n = 0
    for row in Q.overdue_rows(w):
        if row.step_no is not None:
            step_label, role = names.step(row.wording, row.service, row.step_no)
            role = row.step_role or role
        else:  # between the executor's sending and the scan at the Center
            svc = names.service(row.wording, row.service)
            last = svc.path(row.channel)[-1] if svc else None
            step_label = t("in_transit", lang)
            role = last.role if last else ""
        passed = [d for d in (row.term_due_at, row.step_due_at) if d is not None and d < w.cutoff]
        late = (w.cutoff - min(passed)).total_seconds() / 86400 if passed else 0.0
        ws.append(
            [
                row.number,
                names.service_name(row.wording, row.service),
                t(row.channel, lang) if row.channel in ("center", "direct") else row.channel,
                Cell(ws, 1, 1, row.submitted_at, style_array=s_date),
                Cell(ws, 1, 1, row.term_due_at, style_array=s_date),
                step_label,
                Cell(ws, 1, 1, row.step_due_at, style_array=s_date) if row.step_due_at else None,
                Cell(ws, 1, 1, round(late, 2), style_array=s_days),
                names.role(row.wording, role) if role else None,
                _holder(row, role, staff),
            ]
        )
        n += 1
        if n % TICK == 0:
            tick(TICK)
    tick(n % TICK)
    ws.auto_filter.ref = f"A1:J{n + 1}"
    return n


def _movements_sheet(
    book: _Book, w: Q.Window, lang: str, names: _Names, staff: dict[int, Q.Staff], tick: Callable[[int], None]
) -> int:
    keys = ["at", "number", "service", "movement", "role", "scanned_by", "barcode"]
    ws = book.sheet(t("sheet.movements", lang), [17, 14, 40, 30, 34, 22, 16], "A2")
    book.header(ws, [t(k, lang) for k in keys])
    Cell, s_date, s_text = book.Cell, book.s_date, book.s_text
    kinds = {k: t(k, lang) for k in ("sent_to_body", "received_by_body", "result_at_center")}
    role_names: dict[str, str] = {}
    n = 0
    for row in Q.movement_rows(w):
        if row.role not in role_names:
            role_names[row.role] = names.role(names.month_wording.code, row.role)
        ws.append(
            [
                Cell(ws, 1, 1, row.at, style_array=s_date),
                row.number,
                names.service_name(names.month_wording.code, row.service),
                kinds.get(row.kind, row.kind),
                role_names[row.role],
                _staff_name(staff, row.user_id),
                Cell(ws, 1, 1, row.payload, style_array=s_text) if row.payload else None,
            ]
        )
        n += 1
        if n % TICK == 0:
            tick(TICK)
    tick(n % TICK)
    ws.auto_filter.ref = f"A1:G{n + 1}"
    return n
