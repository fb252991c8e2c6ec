"""Sending a PDF to a printer.

On Linux and macOS the office's printers are CUPS queues: `lpstat` lists them and
`lp -d NAME` takes the PDF on standard input (CUPS converts it for the device). Where
there is no CUPS (Windows), Qt renders each page (QtPdf) at no more than 300 dpi, in bands,
and paints it on a QPrinter forced to A4, full page, with the copies asked for; a printer
that is off or out of paper is refused in both languages. That path needs a running
QGuiApplication, which the desk has.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from desk_app.core.errors import KenseError

if TYPE_CHECKING:  # Qt is imported only when printing
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)
_JOB_RE = re.compile(r"request id is (\S+)")


class PrintError(KenseError):
    """The printer or the print system refused the job."""


def has_cups() -> bool:
    return sys.platform != "win32" and shutil.which("lp") is not None


def _run(args: list[str], data: bytes | None = None, timeout: float = 20) -> str:
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PrintError(
            f"Басып шығару жүйесі жауап бермеді: {e}", f"Система печати не ответила: {e}", "printer"
        ) from e
    if done.returncode != 0:
        # The print system's own words are English: they go to the log, the clerk reads a
        # sentence in their language.
        msg = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        log.warning("%s failed: %s", args[0], msg)
        raise PrintError(
            "Принтер тапсырманы қабылдамады (толығы журналда). Басқа принтерді "
            "таңдаңыз немесе PDF ретінде сақтаңыз.",
            "Принтер не принял задание (подробности в журнале). Выберите другой "
            "принтер или сохраните как PDF.",
            "printer",
        )
    return done.stdout.decode("utf-8", "replace")


def list_printers() -> list[str]:
    """Names of the printers this computer can print to."""
    if has_cups():
        if shutil.which("lpstat") is None:
            return []
        try:
            out = _run(["lpstat", "-e"], timeout=10)
        except PrintError:
            return []  # scheduler not running: no printers to offer
        return [line.strip() for line in out.splitlines() if line.strip()]
    from PySide6.QtPrintSupport import QPrinterInfo

    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer() -> str | None:
    if has_cups():
        if shutil.which("lpstat") is None:
            return None
        try:
            out = _run(["lpstat", "-d"], timeout=10)
        except PrintError:
            return None
        m = re.search(r":\s*(\S+)\s*$", out.strip())
        return m.group(1) if m else None
    from PySide6.QtPrintSupport import QPrinterInfo

    name = QPrinterInfo.defaultPrinterName()
    return name or None


def print_pdf(pdf: bytes, printer: str, title: str = "Kense", copies: int = 1) -> str:
    """Send `pdf` to `printer`; return the job id the print system gave it."""
    if not printer:
        raise PrintError("Принтер таңдалмаған", "Принтер не выбран", "printer")
    if copies < 1 or copies > 50:
        raise PrintError("Дана саны 1-50", "Количество копий 1-50", "copies")
    if has_cups():
        if printer not in list_printers():  # unplugged or removed since the list was read
            raise PrintError(
                f"Принтер табылмады: {printer}. Басқа принтерді таңдаңыз немесе PDF ретінде сақтаңыз.",
                f"Принтер не найден: {printer}. Выберите другой принтер или сохраните как PDF.",
                "printer",
            )
        out = _run(["lp", "-d", printer, "-n", str(copies), "-t", title, "-"], data=pdf)
        m = _JOB_RE.search(out)
        return m.group(1) if m else out.strip()
    return _print_with_qt(pdf, printer, title, copies)


# A raster finer than this buys nothing on office paper: 300 dpi keeps Code128's 0.33 mm bars at
# 4 dots. At the printer's own 600/1200 dpi one A4 page was 133/531 MiB of pixels.
MAX_RASTER_DPI = 300
# Pages are rasterised in horizontal bands, so only one band's pixels are alive at a time
# (an A4 page at 300 dpi is 35 MB in one piece; a band is about 1/8 of that).
BANDS = 8


def _not_ready(printer: str) -> PrintError:
    return PrintError(
        f"Принтер дайын емес (өшірулі, желіге қосылмаған немесе қағазы біткен): {printer}",
        f"Принтер не готов (выключен, не в сети или нет бумаги): {printer}",
        "printer",
    )


def _print_with_qt(pdf: bytes, printer: str, title: str, copies: int) -> str:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = next((p for p in QPrinterInfo.availablePrinters() if p.printerName() == printer), None)
    if info is None:
        raise PrintError(f"Принтер табылмады: {printer}", f"Принтер не найден: {printer}", "printer")
    # Windows reports offline, paper out/jam, paused and "needs attention" as Error.
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise _not_ready(printer)
    qp = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    qp.setDocName(title)
    paint_pdf(pdf, qp, copies)
    if qp.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise _not_ready(printer)
    return title


def paint_pdf(pdf: bytes, qp: QPrinter, copies: int = 1) -> int:
    """Paint every page of `pdf` on the QPrinter `qp`, A4, full page, `copies` times.

    Returns the number of pages painted. The printer keeps its own resolution (the page is
    scaled by the painter); only the raster handed to it is capped at MAX_RASTER_DPI.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.pageCount() < 1:
        raise PrintError("Құжат беттері оқылмады", "Не удалось прочитать страницы документа", "pdf")
    first = doc.pagePointSize(0)
    landscape = first.width() > first.height()
    # Our documents are A4; forcing it (and no margins, full page) stops the driver's default
    # Letter or its margins from shifting and cropping the print.
    qp.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    qp.setFullPage(True)
    native = qp.supportsMultipleCopies()
    qp.setCopyCount(copies if native else 1)
    repeats = 1 if native else copies  # the application prints the copies itself
    painter = QPainter()
    if not painter.begin(qp):
        raise _not_ready(qp.printerName() or "?")
    painted = 0
    try:
        target = qp.paperRect(qp.Unit.DevicePixel)
        raster_dpi = min(MAX_RASTER_DPI, qp.resolution())
        for n in range(repeats):
            for i in range(doc.pageCount()):
                if n or i:
                    qp.newPage()
                pts = doc.pagePointSize(i)
                w = round(pts.width() / 72 * raster_dpi)
                h = round(pts.height() / 72 * raster_dpi)
                sx, sy = target.width() / w, target.height() / h
                step = -(-h // BANDS)
                for y0 in range(0, h, step):
                    y1 = min(h, y0 + step)
                    opts = QPdfDocumentRenderOptions()
                    opts.setScaledSize(QSize(w, h))
                    opts.setScaledClipRect(QRect(0, y0, w, y1 - y0))
                    band = doc.render(i, QSize(w, y1 - y0), opts)
                    top, bottom = round(y0 * sy), round(y1 * sy)
                    painter.drawImage(
                        QRect(round(target.x()), round(target.y()) + top, round(w * sx), bottom - top), band
                    )
                    del band
                painted += 1
    finally:
        painter.end()
        doc.close()
    return painted
