"""Helpers for the scanner tests: applications at a given step, a socat pty pair, a barcode PDF."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from desk_app.core import workflow
from desk_app.core.models import Application

T0 = dt.datetime(2026, 3, 2, 10, 0)  # a Monday


def center_app(users, person, at: dt.datetime = T0, service: int = 2) -> Application:
    """A fresh Center-channel application waiting for dispatch (step 2)."""
    return workflow.submit(person, service, "center", users["center_inspector"], [], at=at)


def advance(
    app: Application, users, until: str, at: dt.datetime | None = None, payload: str | None = "scan"
) -> Application:
    """Carry `app` along (as demo._advance does) until its waiting step is of kind `until`
    (or "in_transit"), marking moves with `payload` (None: the button, no scan)."""
    t = at or app.submitted_at
    while True:
        app = workflow.get_application(app.number)
        if app.state == workflow.IN_TRANSIT:
            if until == "in_transit":
                return app
            t += dt.timedelta(minutes=5)
            workflow.result_arrived(app, users["center_inspector"], t, payload=payload or "")
            continue
        kind = workflow.service_of(app).step(app.current_step).kind
        if kind == until:
            return app
        t += dt.timedelta(minutes=5)
        if kind == "dispatch":
            workflow.dispatch(app, users["dispatch_inspector"], t, payload=payload or "")
        elif kind == "register":
            workflow.register_received(app, users["office_clerk"], t, payload=payload)
        elif kind == "assign":
            workflow.assign(app, users["head"], users["executor"], t)
        elif kind == "prepare":
            workflow.prepare(app, users["executor"], workflow.service_of(app).positive_result, at=t)
        elif kind == "sign":
            workflow.sign(app, users["head"], t)
        elif kind == "deliver":
            workflow.deliver(app, users["executor"], t)
        elif kind == "issue":
            workflow.issue(app, users["center_inspector"], "applicant", t)
        else:
            raise AssertionError(kind)


def db_url(db) -> str:
    """The URL of the test database, for a command or subprocess that opens it itself."""
    import peewee as pw

    if isinstance(db, pw.SqliteDatabase):
        return db.database
    return f"{os.environ['KENSE_TEST_PG'].rsplit('/', 1)[0]}/{db.database}"


class SocatPair:
    """`socat pty,raw,echo=0,link=A pty,raw,echo=0,link=B`: A is the scanner's end, B the desk's."""

    def __init__(self, folder: Path) -> None:
        self.a = str(folder / "scanner")
        self.b = str(folder / "desk")
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 5.0) -> SocatPair:
        assert shutil.which("socat"), "socat is not installed"
        self.proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.a}", f"pty,raw,echo=0,link={self.b}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        end = time.monotonic() + timeout
        while not (os.path.exists(self.a) and os.path.exists(self.b)):
            if time.monotonic() > end:
                raise TimeoutError("socat did not create its ptys")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """SIGTERM, as a pulled cable: socat removes its links on the way out."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(5)
        self.proc = None
        for p in (self.a, self.b):  # in case it was killed harder
            if os.path.lexists(p):
                os.unlink(p)


def render_barcode_pdf(number: str, path: Path) -> Path:
    """A one-page PDF with the application number as a Code128 barcode and as Kazakh text.

    Stands in for the real receipt until `desk_app.documents` lands.
    """
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font = "DejaVuSans"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = Canvas(str(path), pagesize=A4, initialFontName=font, initialFontSize=12)
    c.setFont(font, 12)
    c.drawString(20 * mm, 270 * mm, f"Қолхат / Расписка № {number}")
    bc = Code128(number, barWidth=0.4 * mm, barHeight=15 * mm, humanReadable=False)
    bc.drawOn(c, 20 * mm, 240 * mm)
    c.showPage()
    c.save()
    return path
