"""The monthly workbook prints: A4 landscape, fit to width, headings on every page, title and
creator in its properties, the office's name in the report's language. Read back with openpyxl;
where LibreOffice is installed, also printed to PDF and read with pdfinfo/pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from conftest import make_person
from openpyxl import load_workbook

from desk_app.core import workflow as wf
from desk_app.core.models import OfficeSetting
from desk_app.reports.monthly import export_month

KK = "Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
RU = "Отдел занятости и социальных программ города Кызылорды"


@pytest.fixture
def office_month(users):
    OfficeSetting.create(key="office_name", value=KK)
    OfficeSetting.create(key="office_name_ru", value=RU)
    for i in range(84):  # a register longer than one landscape page
        person = make_person(users["admin"], born=dt.date(1940 + i % 60, 1 + i // 60, 21))
        wf.submit(
            person,
            2 + i % 3,
            "center",
            users["center_inspector"],
            at=dt.datetime(2025, 5, 1 + i % 28, 9 + i // 28, 0),
        )


@pytest.mark.parametrize(
    "lang,office,title",
    [("kk", KK, "Мемлекеттік қызметтер"), ("ru", RU, "Отчёт об оказании")],
    ids=["kk", "ru"],
)
def test_workbook_page_setup_and_properties(office_month, tmp_path, lang, office, title):
    out = tmp_path / f"may-{lang}.xlsx"
    export_month(2025, 5, out, lang=lang)
    wb = load_workbook(out)
    assert wb.properties.creator == office
    assert wb.properties.title.startswith(title[:10]) and "2025" in wb.properties.title
    summary = wb.worksheets[0]
    assert summary["B2"].value == office
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert (ps.orientation, str(ps.paperSize)) == ("landscape", "9"), ws.title
        assert (ps.fitToWidth, ps.fitToHeight) == (1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert summary.print_title_rows == "$4:$4"  # the summary's headings are on row 4
    assert all(ws.print_title_rows == "$1:$1" for ws in wb.worksheets[1:])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_register_prints_landscape_with_headings_on_every_page(office_month, tmp_path):
    out = tmp_path / "may.xlsx"
    export_month(2025, 5, out, lang="ru")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "may.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+84[12](\.\d+)? x 595(\.\d+)? pts \(A4\)", info), info  # landscape
    assert f"Author:          {RU}" in info
    pages = int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
    with_rows = 0
    for p in range(1, pages + 1):
        text = "".join(
            subprocess.run(
                ["pdftotext", "-f", str(p), "-l", str(p), str(pdf), "-"], capture_output=True, text=True
            ).stdout.split()
        )
        if "2025-0000" in text:  # a page of application rows (register, overdue, movements)
            with_rows += 1
            assert "Номерзаявления" in text, f"page {p} has rows but no heading"
    assert with_rows >= 3  # the register alone takes two pages or more


def _pdf_words(pdf, page: int) -> list[tuple[str, float, float]]:
    """(word, yMin, yMax) of every word pdftotext finds on `page`."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (w, float(y0), float(y1))
        for y0, y1, w in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html
        )
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_summary_headings_keep_words_whole_and_stay_above_the_figures(office_month, tmp_path):
    """Printed by LibreOffice: no heading word broken in two for want of column width, and a
    wrapped heading's last line above the first service's row, not printed over it."""
    out = tmp_path / "may.xlsx"
    export_month(2025, 5, out, lang="ru")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf"]
        + ["--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    words = _pdf_words(tmp_path / "may.pdf", 1)
    texts = [w for w, _, _ in words]
    assert "уполномоченный" in texts and "мотивированный" in texts, texts[:80]
    first_row = min(y0 for w, y0, _ in words if w == "Регистрация")
    heading_bottom = max(y1 for w, _, y1 in words if w in ("орган", "месяц)", "срока"))
    assert heading_bottom <= first_row, (heading_bottom, first_row)
    # A service's full name is printed whole (wrapped in its cell), not cut at the next column.
    assert "полигоне" in texts and "средствами" in texts
