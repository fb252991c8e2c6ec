"""The folder's own label (issue 16.2): 58 x 40 mm (or an A4 cover sheet), the number as a
Code128 that zbarimg reads back, surname and initials but no IIN, the dates; printed through
the registry like every paper, and its barcode moves the folder through a scanner pty."""

from __future__ import annotations

import subprocess

from docs_tools import needs_tools, text_of
from scan_support import center_app, db_url
from test_scanner_pty import Station, _scanner, pair  # noqa: F401  (pair is a fixture)

from desk_app.core import workflow
from desk_app.core.models import OfficeSetting
from desk_app.documents.service import print_document


def _decode(pdf: bytes, folder, dpi: int = 300) -> str:
    path = folder / "label.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(folder / "label")], check=True
    )
    return subprocess.run(
        ["zbarimg", "--raw", "-q", str(folder / "label.png")], capture_output=True, text=True, check=True
    ).stdout.strip()


def _page_mm(pdf: bytes, folder) -> tuple[float, float]:
    path = folder / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    line = next(x for x in info.splitlines() if x.startswith("Page size"))
    w, h = (float(v) for v in line.split(":")[1].split("pts")[0].split("x"))
    return round(w / 72 * 25.4), round(h / 72 * 25.4)


@needs_tools
def test_label_reads_back(users, person, tmp_path):
    app = center_app(users, person)
    rec, pdf = print_document(app.number, "label", "kk", users["center_inspector"])
    assert _page_mm(pdf, tmp_path) == (58, 40)
    text = text_of(pdf, tmp_path)
    assert app.number in text and "Әбдірахманова Г.С." in text
    assert person.iin not in text  # a folder travels: no IIN on it
    assert f"Өтініш берілген күні: {app.submitted_at:%d.%m.%Y}" in text
    assert f"{app.result_due_at:%d.%m.%Y}" in text
    assert _decode(pdf, tmp_path) == app.number
    again, pdf2 = print_document(app.number, "label", "kk", users["center_inspector"])
    assert pdf2 == pdf and again.id == rec.id  # a reprint is the stored copy
    OfficeSetting.create(key="label_format", value="a4")
    _, sheet = print_document(app.number, "label", "ru", users["center_inspector"])
    assert _page_mm(sheet, tmp_path) == (210, 297)
    assert "Дата подачи заявления" in text_of(sheet, tmp_path)
    assert _decode(sheet, tmp_path, 150) == app.number


@needs_tools
def test_label_scanned_by_dispatch_sends_the_folder(db, users, person, pair, tmp_path):  # noqa: F811
    app = center_app(users, person)
    _, pdf = print_document(app.number, "label", "kk", users["center_inspector"])
    decoded = _decode(pdf, tmp_path)
    st = Station(
        ["--port", pair.b, "--as", "dispatch_inspector", "--user", "dispatch_inspector", "--db", db_url(db)],
        tty=False,
    )
    try:
        st.write_pin("0000")
        st.next("state", state="connected")
        dev = _scanner(pair.a)
        dev.write(decoded.encode() + b"\r")
        out = st.next("scan")
        dev.close()
    finally:
        assert st.terminate() == 0
    assert out["outcome"] == "recorded" and out["kind"] == "sent_to_body"
    assert workflow.get_application(app.number).state == workflow.TO_BODY
