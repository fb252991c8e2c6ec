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
- *refused* — applications closed in the month with a reasoned refusal;
- *returned* — applications closed in the month with the reasoned return of a defective
  package of documents (result `return`, R2 p.10), whenever they were submitted. Every
  application closed in the month is in exactly one of completed, refused and returned;
- the grounds table below counts, for every ground of each service, the applications
  citing it (an application citing two grounds counts under both): a refusal ground's
  refused applications in one column, a return ground's returned applications in the next
  (the engine stores both kinds as `RefusalGround` rows; the result tells them apart, and
  neither count includes the other);
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
before the cutoff), result (likewise), the grounds of a refusal or a return, days taken (the
counted term, for an application closed before the cutoff), overdue flag (as in the summary)
and the executor.

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

from desk_app.core.clock import now
from desk_app.core.errors import KenseError, ValidationError
from desk_app.core.regulation import Wording
from desk_app.core.workflow import regulations

from . import queries as Q
from .labels import LANGS
from .register_sheets import movements_sheet, overdue_sheet, register_sheet
from .summary_sheet import summary_sheet
from .workbook import TICK, Book, Names


class ExportCancelled(KenseError):
    """The user cancelled the export; no file was left behind."""


class ExportFailed(KenseError):
    """The workbook could not be written."""


def parse_month(text: str) -> tuple[int, int]:
    try:
        d = dt.datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise ValidationError(
            f"Айды ЖЖЖЖ-АА түрінде жазыңыз: {text}", f"Укажите месяц в виде ГГГГ-ММ: {text}", "month"
        ) from None
    return d.year, d.month


def _wording_for(w: Q.Window) -> Wording:
    regs = regulations()
    try:
        return regs.in_force((w.cutoff - dt.timedelta(seconds=1)).date())
    except KenseError:
        return regs.wordings[0]


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
    names = Names(lang, wording)
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
    book = Book()
    try:
        summary = summary_sheet(book, w, lang, wording, names, figures, moment)
        n_reg = register_sheet(book, w, lang, show_iin, names, staff, tick)
        n_over = overdue_sheet(book, w, lang, names, staff, tick)
        n_mov = movements_sheet(book, w, lang, names, staff, tick)
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
