"""End to end through a real print queue: CUPS with the cups-pdf virtual printer.

The queue re-renders the job through Ghostscript, so its text does not survive for
pdftotext; the pages are compared as pictures instead (low dpi, grayscale, downscaled).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from docs_tools import needs_tools, pages_of
from PIL import Image, ImageChops, ImageStat

from desk_app.core.demo import samples
from desk_app.core.models import AuditLog
from desk_app.documents import printer
from desk_app.documents.service import print_document, record_sent

PRINTER = "KensePDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"

pytestmark = [
    needs_tools,
    pytest.mark.skipif(
        shutil.which("lp") is None, reason="CUPS client `lp` not installed (apt-get install cups cups-pdf)"
    ),
]


def _scheduler_running() -> bool:
    r = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in r.stdout


def _output_dirs() -> list[Path]:
    """Where cups-pdf writes: `Out` of cups-pdf.conf for this user, and the anonymous folder."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out, anon = f"{home}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            m = re.match(r"^\s*(Out|AnonDirName)\s+(\S+)", line)
            if m:
                value = (
                    m.group(2).replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name)
                )
                if m.group(1) == "Out":
                    out = value
                else:
                    anon = value
    return [Path(out), Path(anon)]


@pytest.fixture(scope="session")
def cups_pdf_printer():
    """A running scheduler with the KensePDF queue; started here (and stopped after) when
    not already running, as on a developer's machine."""
    started = None
    if not _scheduler_running():
        if not Path("/usr/sbin/cupsd").exists() or os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and cannot be started here")
        started = subprocess.Popen(
            ["/usr/sbin/cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for _ in range(100):
            if _scheduler_running():
                break
            time.sleep(0.1)
        else:
            started.terminate()
            pytest.skip("the CUPS scheduler did not start")
    if PRINTER not in printer.list_printers():
        if not Path("/usr/lib/cups/backend/cups-pdf").exists():
            pytest.skip("cups-pdf is not installed (apt-get install cups-pdf)")
        subprocess.run(
            ["lpadmin", "-p", PRINTER, "-v", "cups-pdf:/", "-E", "-m", PPD], check=True, capture_output=True
        )
    yield PRINTER
    if started is not None:
        started.terminate()
        started.wait(10)


def _wait_for_output(token: str, job: str, timeout: float = 25) -> Path:
    """The queue's PDF, once the job has left the queue (the backend has finished writing)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = subprocess.run(["lpstat", "-o"], capture_output=True, text=True).stdout
        if job not in pending.split():
            for folder in _output_dirs():
                found = sorted(folder.glob(f"*{token}*.pdf")) if folder.exists() else []
                if found:
                    return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"no cups-pdf output for {token} in {_output_dirs()} after {timeout} s")


def _pages_as_images(pdf: Path, folder: Path, prefix: str) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(folder / prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob(f"{prefix}*.pgm"))]


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference (0-255) of the two pages shrunk to the same small size."""
    size = (120, 170)
    a, b = a.resize(size, Image.Resampling.BOX), b.resize(size, Image.Resampling.BOX)
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def test_print_through_cups_pdf(db, users, tmp_path, cups_pdf_printer):
    person = samples.long_person(users["admin"])
    app = samples.submitted(users, person, 3, "center", samples.documents_for(3, 20))
    rec, pdf = print_document(app.number, "receipt", "kk", users["center_inspector"])
    assert rec.pages >= 2
    token = f"kense{uuid.uuid4().hex[:10]}"
    job = printer.print_pdf(pdf, cups_pdf_printer, title=token)
    assert job.startswith(f"{cups_pdf_printer}-")
    record_sent(rec, users["center_inspector"], cups_pdf_printer, job)
    assert AuditLog.select().where(AuditLog.action == "document.sent_to_printer").count() == 1

    printed = _wait_for_output(token, job)
    assert pages_of(printed, tmp_path) == rec.pages
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(pdf)
    mine = _pages_as_images(ours, tmp_path, "ours")
    theirs = _pages_as_images(printed, tmp_path, "queue")
    assert len(mine) == len(theirs) == rec.pages
    for a, b in zip(mine, theirs, strict=True):
        assert _difference(a, b) < 6.0
    # the comparison tells pages apart: page 1 against page 2 differs far more
    assert _difference(mine[0], theirs[1]) > 2 * max(_difference(mine[0], theirs[0]), 1.0)
    printed.unlink()


def test_print_to_unknown_printer_is_a_clear_error(cups_pdf_printer):
    with pytest.raises(printer.PrintError) as e:
        printer.print_pdf(b"%PDF-1.4\n", "NoSuchPrinter")
    assert e.value.kk and e.value.ru and e.value.field == "printer"


def test_cli_prints_to_the_queue(db, users, tmp_path, capsys, cups_pdf_printer, stdin_pins):
    import json

    import peewee as pw

    from desk_app.cli.main import main
    from desk_app.core.models import database

    if not isinstance(database.obj, pw.SqliteDatabase):
        pytest.skip("the CLI test opens the SQLite file by path")
    app = samples.submitted(users, samples.long_person(users["admin"]), 2, "direct")
    stdin_pins("0000")
    code = main(
        [
            "print",
            app.number,
            "--doc",
            "talon",
            "--printer",
            cups_pdf_printer,
            "--db",
            database.obj.database,
            "--user",
            "office_clerk",
            "--json",
        ]
    )
    assert code == 0
    info = json.loads(capsys.readouterr().out)
    assert info["job"].startswith(f"{cups_pdf_printer}-") and info["pages"] == 1
    token = f"talon-{info['journal_no'].replace('/', '-')}"
    printed = _wait_for_output(token, info["job"])
    assert pages_of(printed, tmp_path) == 1
    printed.unlink()
