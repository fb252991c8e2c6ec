"""The monthly report's workbook: shared cell styles, regulation names, people's names.

Used by the sheet writers (`summary_sheet.py`, `register_sheets.py`); see `monthly.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk_app.core.errors import ValidationError
from desk_app.core.regulation import Service, Wording
from desk_app.core.workflow import regulations

from . import queries as Q

DATE_FMT = "DD.MM.YYYY HH:MM"
DAYS_FMT = "0.0"
SHARE_FMT = "0.0%"
TEXT_FMT = "@"
TICK = 500  # rows between progress reports and cancel checks


def mask_iin(iin: str) -> str:
    return f"{iin[:4]}{'*' * 6}{iin[-2:]}" if len(iin) == 12 else "*" * len(iin)


def short_name(surname: str, name: str, patronymic: str = "") -> str:
    """Surname and initials: «Тоқтарова Ә.Б.»."""
    initials = "".join(f"{p[0]}." for p in (name, patronymic) if p)
    return f"{surname} {initials}".strip()


def staff_name(staff: dict[int, Q.Staff], uid: int | None) -> str | None:
    s = staff.get(uid) if uid is not None else None
    return short_name(s.surname, s.name, s.patronymic) if s else None


class Names:
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
        """A refusal's or a defective package's return's ground, by its code (the code
        itself when the wording does not know it)."""
        s = self.service(wording, no)
        try:
            return s.ground(code).text.get(self.lang) if s else code
        except ValidationError:
            return code

    def role(self, wording: str, role: str) -> str:
        try:
            w = self.regs.by_code(wording)
        except KeyError:
            w = self.month_wording
        r = w.roles.get(role)
        return r.get(self.lang) if r else role

    def named(self, group: str, code: str, wording: str | None = None) -> str:
        """A result's or movement's name from the regulation's table, as a cell begins it."""
        try:
            w = self.regs.by_code(wording) if wording else self.month_wording
        except KeyError:
            w = self.month_wording
        text = w.name(group, code).get(self.lang)
        return text[:1].upper() + text[1:]

    def step(self, wording: str, no: int, step_no: int) -> tuple[str, str]:
        """(label, role code) of a regulation step."""
        s = self.service(wording, no)
        try:
            st = s.step(step_no) if s else None
        except KeyError:
            st = None
        return (f"{step_no}. {st.action.get(self.lang)}", st.role) if st else (str(step_no), "")


LINE_PT = 15.0  # one line of 11 pt Calibri, Excel's default row height
BOLD_CHAR = 1.15  # a bold Cyrillic letter, in column-width units (the width of a '0')
PLAIN_CHAR = 1.0


def wrapped_lines(text: str, width: float, char: float = BOLD_CHAR) -> int:
    """Lines `text` takes in a cell `width` units wide, wrapped at spaces (a word longer
    than the cell breaks inside it)."""
    room = max(1, int(width / char))
    lines, used = 0, room  # the first word starts a line
    for word in text.split():
        if used + 1 + len(word) <= room:
            used += 1 + len(word)
        else:
            lines += -(-len(word) // room)
            used = (len(word) % room or room) if len(word) > room else len(word)
    return max(1, lines)


def fitted(widths: Sequence[float], *headings: Sequence[str | None]) -> list[float]:
    """Column widths widened so that the longest word of every heading written in a column
    fits on one line: a spreadsheet breaks a longer word in the middle ("уполномоченн-ый")."""
    out = list(widths)
    for labels in headings:
        for i, label in enumerate(labels[: len(out)]):
            words = (label or "").split()
            if words:
                out[i] = max(out[i], round(max(map(len, words)) * BOLD_CHAR + 1.5, 1))
    return out


class Book:
    """A write-only workbook with shared cell styles (prototype style arrays, copied per cell)."""

    def __init__(self) -> None:
        self._rows: dict[str, int] = {}  # rows appended, per sheet title
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
            vertical: str = "top",
        ) -> Any:
            c = Cell(proto, 1, 1)
            if fmt:
                c.number_format = fmt
            if bold or size:
                c.font = Font(bold=bold, size=size or 11)
            if wrap:
                c.alignment = Alignment(wrap_text=True, vertical=vertical)
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            return c._style

        self.s_date = style(DATE_FMT)
        self.s_days = style(DAYS_FMT)
        self.s_share = style(SHARE_FMT)
        self.s_text = style(TEXT_FMT)
        self.s_head = style(bold=True, wrap=True, fill="DDE5EE")
        # A name's last line level with the figures beside it (numbers sit at the bottom).
        self.s_wrap = style(wrap=True, vertical="bottom")
        self.s_wrap_bold = style(bold=True, wrap=True, vertical="bottom")
        self.s_bold = style(bold=True)
        self.s_title = style(bold=True, size=14)
        self.s_days_bold = style(DAYS_FMT, bold=True)
        self.s_share_bold = style(SHARE_FMT, bold=True)
        self.wb.remove(proto)

    def sheet(self, title: str, widths: Sequence[float], freeze: str | None, header_row: int = 1) -> Any:
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
        self._rows[ws.title] = 0
        append = ws.append

        def counted(row: Any) -> None:  # write-only sheets keep no row count of their own
            self._rows[ws.title] += 1
            append(row)

        ws.append = counted
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

    def _fit_next_row(self, ws: Any, column: int, text: str, char: float) -> None:
        """Make the next row tall enough for `text` wrapped in `column`: neither Excel nor
        LibreOffice grows a row written without a height."""
        from openpyxl.utils import get_column_letter

        width = ws.column_dimensions[get_column_letter(column)].width or 8.43
        dims = ws.row_dimensions[self._rows[ws.title] + 1]
        dims.height = max(dims.height or 0, LINE_PT * wrapped_lines(text, width, char))

    def wrapped(self, ws: Any, text: str, column: int, bold: bool = False) -> Any:
        """A cell of the next row whose text wraps within its column (a service's or a
        ground's full name), the row made tall enough for it."""
        self._fit_next_row(ws, column, text, BOLD_CHAR if bold else PLAIN_CHAR)
        return self.cell(ws, text, self.s_wrap_bold if bold else self.s_wrap)

    def header(self, ws: Any, labels: Sequence[str | None]) -> None:
        """A heading row, tall enough for its longest wrapped label (else a wrapped heading
        prints over the first row of figures)."""
        for i, label in enumerate(labels, 1):
            self._fit_next_row(ws, i, label or "", BOLD_CHAR)
        ws.append([self.cell(ws, v, self.s_head) for v in labels])
