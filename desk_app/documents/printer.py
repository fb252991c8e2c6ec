"""Sending a PDF to a printer.

On Linux and macOS the office's printers are CUPS queues: `lpstat` lists them and
`lp -d NAME` takes the PDF on standard input (CUPS converts it for the device). Where
there is no CUPS (Windows), Qt renders each page (QtPdf) and paints it on a QPrinter;
that path needs a running QGuiApplication, which the desk has.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys

from desk_app.core.errors import KenseError

log = logging.getLogger(__name__)
_JOB_RE = re.compile(r"request id is (\S+)")


class PrintError(KenseError):
    """The printer or the print system refused the job."""


def has_cups() -> bool:
    return sys.platform != "win32" and shutil.which("lp") is not None


def _run(args: list[str], data: bytes | None = None, timeout: float = 20) -> str:
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=timeout,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PrintError(f"Басып шығару жүйесі жауап бермеді: {e}",
                         f"Система печати не ответила: {e}", "printer") from e
    if done.returncode != 0:
        # The print system's own words are English: they go to the log, the clerk reads a
        # sentence in their language.
        msg = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        log.warning("%s failed: %s", args[0], msg)
        raise PrintError("Принтер тапсырманы қабылдамады (толығы журналда). Басқа принтерді "
                         "таңдаңыз немесе PDF ретінде сақтаңыз.",
                         "Принтер не принял задание (подробности в журнале). Выберите другой "
                         "принтер или сохраните как PDF.", "printer")
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
            raise PrintError(f"Принтер табылмады: {printer}. Басқа принтерді таңдаңыз немесе PDF "
                             "ретінде сақтаңыз.",
                             f"Принтер не найден: {printer}. Выберите другой принтер или "
                             "сохраните как PDF.", "printer")
        out = _run(["lp", "-d", printer, "-n", str(copies), "-t", title, "-"], data=pdf)
        m = _JOB_RE.search(out)
        return m.group(1) if m else out.strip()
    return _print_with_qt(pdf, printer, title, copies)


def _print_with_qt(pdf: bytes, printer: str, title: str, copies: int) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = next((p for p in QPrinterInfo.availablePrinters() if p.printerName() == printer),
                None)
    if info is None:
        raise PrintError(f"Принтер табылмады: {printer}", f"Принтер не найден: {printer}",
                         "printer")
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    qp = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    qp.setDocName(title)
    qp.setCopyCount(copies)
    painter = QPainter()
    if not painter.begin(qp):
        raise PrintError(f"Принтер ашылмады: {printer}", f"Не удалось открыть принтер: {printer}",
                         "printer")
    try:
        dpi = qp.resolution()
        for i in range(doc.pageCount()):
            if i:
                qp.newPage()
            pts = doc.pagePointSize(i)
            size = QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi))
            painter.drawImage(QRect(0, 0, size.width(), size.height()), doc.render(i, size))
    finally:
        painter.end()
    return title
