"""The printing path where there is no CUPS (Windows): QtPdf pages painted on a QPrinter.

A PDF-format QPrinter stands in for the device (it reports 1200 dpi, like a laser printer's
HighResolution mode); what reaches it is read back with poppler (pdfinfo, pdfimages,
pdftoppm) and zbarimg. The printer that is off or out of paper is a mocked QPrinterInfo.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from docs_tools import needs_tools
from PIL import Image, ImageChops, ImageStat

from desk_app.core.demo import samples
from desk_app.documents import printer
from desk_app.documents.service import print_document

pytestmark = [needs_tools]


@pytest.fixture
def receipt(db, users):
    person = samples.long_person(users["admin"])
    app = samples.submitted(users, person, 3, "center", samples.documents_for(3, 20))
    rec, pdf = print_document(app.number, "receipt", "kk", users["center_inspector"])
    assert rec.pages >= 2
    return app.number, rec.pages, pdf


def _pdf_printer(path, page=None, margins_mm: float = 0):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    qp = QPrinter(QPrinter.PrinterMode.HighResolution)
    qp.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    qp.setOutputFileName(str(path))
    if page is not None:  # what a driver may default to: Letter, with its own margins
        qp.setPageLayout(
            QPageLayout(
                QPageSize(page),
                QPageLayout.Orientation.Portrait,
                QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            )
        )
    return qp


def _pages(pdf_path, folder, prefix: str, dpi: int = 40) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf_path), str(folder / prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob(f"{prefix}*.pgm"))]


def _diff(a: Image.Image, b: Image.Image, dx: int = 0, dy: int = 0) -> float:
    """Mean absolute difference (0-255) of the pages shrunk alike (b shifted by dx, dy first)."""
    size = (120, 170)
    b = ImageChops.offset(b, dx, dy)
    a, b = a.resize(size, Image.Resampling.BOX), b.resize(size, Image.Resampling.BOX)
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize("driver_default", [None, "letter"])
def test_qt_path_prints_a4_full_page_at_most_300_dpi_with_copies(qapp, tmp_path, receipt, driver_default):
    from PySide6.QtGui import QPageSize

    number, pages, pdf = receipt
    out = tmp_path / "printed.pdf"
    page = QPageSize.PageSizeId.Letter if driver_default else None
    qp = _pdf_printer(out, page, margins_mm=20 if driver_default else 0)
    assert qp.resolution() > 300  # the device's own resolution stays; only the raster is capped
    assert printer.paint_pdf(pdf, qp, copies=2) == 2 * pages

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+(\d+)", info, re.M).group(1) == str(2 * pages)
    assert "595 x 842 pts (A4)" in info
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    ppi = {int(row.split()[12]) for row in listing if row.split()[2] == "image"}
    assert ppi and max(ppi) <= printer.MAX_RASTER_DPI, ppi

    ours = tmp_path / "ours.pdf"
    ours.write_bytes(pdf)
    mine, theirs = _pages(ours, tmp_path, "ours"), _pages(out, tmp_path, "printed")
    assert len(theirs) == 2 * len(mine)
    for k, b in enumerate(theirs):
        a = mine[k % pages]
        # Full page, not shifted by a margin: the picture matches best where it is.
        # (vector text against a 300 dpi raster differs a little along every edge: ~5)
        assert _diff(a, b) < 6.5
        # 9 px at 40 dpi is a 6 mm margin: a print shifted by it matches clearly worse.
        assert _diff(a, b) + 3 < min(_diff(a, b, 9, 0), _diff(a, b, 0, 9), _diff(a, b, -9, -9))
    # The application number's Code128 still decodes from the printed raster.
    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", str(out), str(tmp_path / "bc")], check=True
    )
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, tmp_path.glob("bc*.pgm"))], capture_output=True, text=True
    ).stdout.split()
    assert number in decoded


class _OfflinePrinter:
    """What QPrinterInfo says on Windows for a printer that is off, offline or out of paper."""

    def __init__(self, name: str, state) -> None:
        self._name, self._state = name, state

    def printerName(self) -> str:
        return self._name

    def state(self):
        return self._state


@pytest.mark.parametrize("state", ["Error", "Aborted"])
def test_offline_printer_is_refused_in_kazakh_and_russian(qapp, monkeypatch, state):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    offline = _OfflinePrinter("Кеңсе HP LaserJet", getattr(QPrinter.PrinterState, state))
    monkeypatch.setattr(printer, "has_cups", lambda: False)  # the Windows branch
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [offline]))
    with pytest.raises(printer.PrintError) as e:
        printer.print_pdf(b"%PDF-1.4\n", "Кеңсе HP LaserJet", copies=2)
    assert "Принтер дайын емес" in e.value.kk and "қағазы" in e.value.kk
    assert "Принтер не готов" in e.value.ru and "нет бумаги" in e.value.ru
    assert e.value.field == "printer" and "Кеңсе HP LaserJet" in e.value.ru
    with pytest.raises(printer.PrintError) as e:
        printer.print_pdf(b"%PDF-1.4\n", "Absent", copies=1)
    assert "Принтер не найден" in e.value.ru
