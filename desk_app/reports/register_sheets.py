"""The monthly report's long lists: the register, the overdue and the movements sheets.

Each streams its rows from `queries` and reports progress every `TICK` rows; see
`monthly.py` for what each column means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import queries as Q
from .labels import t
from .workbook import TICK, Book, Names, fitted, mask_iin, short_name, staff_name


def register_sheet(
    book: Book,
    w: Q.Window,
    lang: str,
    show_iin: bool,
    names: Names,
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
    heading = [t(k, lang) for k in keys]
    ws = book.sheet(
        t("sheet.register", lang), fitted([14, 15, 24, 40, 16, 17, 17, 17, 22, 44, 12, 10, 22], heading), "B2"
    )
    book.header(ws, heading)
    Cell, s_text, s_date, s_days = book.Cell, book.s_text, book.s_date, book.s_days
    vals = {k: t(k, lang) for k in ("center", "direct")}
    yes, no = t("yes", lang), t("no_", lang)

    def line(row: Q.RegisterRow) -> list[Any]:
        iin = row.iin if show_iin else mask_iin(row.iin)
        grounds = "; ".join(names.ground(row.wording, row.service, g) for g in row.grounds)
        return [
            row.number,
            Cell(ws, 1, 1, iin, style_array=s_text),
            short_name(row.surname, row.name, row.patronymic),
            names.service_name(row.wording, row.service),
            vals.get(row.channel, row.channel),
            Cell(ws, 1, 1, row.submitted_at, style_array=s_date),
            Cell(ws, 1, 1, row.term_due_at, style_array=s_date),
            Cell(ws, 1, 1, row.closed_at, style_array=s_date) if row.closed_at else None,
            names.named("results", row.result, row.wording) if row.result else None,
            grounds or None,
            Cell(ws, 1, 1, round(row.days, 2), style_array=s_days) if row.days is not None else None,
            yes if row.overdue(w.cutoff) else no,
            staff_name(staff, row.executor_id),
        ]

    return _stream(ws, map(line, Q.register_rows(w)), tick, "M")


def _holder(row: Q.OverdueRow, role: str, staff: dict[int, Q.Staff]) -> str | None:
    if row.step_user_id is not None:
        return staff_name(staff, row.step_user_id)
    if role == "executor" and row.executor_id is not None:
        return staff_name(staff, row.executor_id)
    holders = [uid for uid, s in staff.items() if s.active and role in s.roles]
    return staff_name(staff, holders[0]) if len(holders) == 1 else None


def overdue_sheet(
    book: Book, w: Q.Window, lang: str, names: Names, staff: dict[int, Q.Staff], tick: Callable[[int], None]
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
    heading = [t(k, lang) for k in keys]
    ws = book.sheet(t("sheet.overdue", lang), fitted([14, 40, 16, 17, 17, 44, 17, 12, 34, 22], heading), "B2")
    book.header(ws, heading)
    Cell, s_date, s_days = book.Cell, book.s_date, book.s_days

    def line(row: Q.OverdueRow) -> list[Any]:
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
        return [
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

    return _stream(ws, map(line, Q.overdue_rows(w)), tick, "J")


def movements_sheet(
    book: Book, w: Q.Window, lang: str, names: Names, staff: dict[int, Q.Staff], tick: Callable[[int], None]
) -> int:
    keys = ["at", "number", "service", "movement", "role", "scanned_by", "barcode"]
    heading = [t(k, lang) for k in keys]
    ws = book.sheet(t("sheet.movements", lang), fitted([17, 14, 40, 30, 34, 22, 16], heading), "A2")
    book.header(ws, heading)
    Cell, s_date, s_text = book.Cell, book.s_date, book.s_text
    kinds = {k: names.named("movements", k) for k in ("sent_to_body", "received_by_body", "result_at_center")}
    role_names: dict[str, str] = {}

    def line(row: Q.MovementRow) -> list[Any]:
        if row.role not in role_names:
            role_names[row.role] = names.role(names.month_wording.code, row.role)
        return [
            Cell(ws, 1, 1, row.at, style_array=s_date),
            row.number,
            names.service_name(names.month_wording.code, row.service),
            kinds.get(row.kind, row.kind),
            role_names[row.role],
            staff_name(staff, row.user_id),
            Cell(ws, 1, 1, row.payload, style_array=s_text) if row.payload else None,
        ]

    return _stream(ws, map(line, Q.movement_rows(w)), tick, "G")


def _stream(ws: Any, lines: Iterable[list[Any]], tick: Callable[[int], None], last_column: str) -> int:
    """Append the lines, telling `tick` every TICK rows; filter on the header row; the count."""
    n = 0
    for values in lines:
        ws.append(values)
        n += 1
        if n % TICK == 0:
            tick(TICK)
    tick(n % TICK)
    ws.auto_filter.ref = f"A1:{last_column}{n + 1}"
    return n
