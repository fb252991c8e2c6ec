"""Peak memory of printing on the Qt path (Windows: no CUPS), above the idle process.

Each row runs in a fresh child process that first does everything but print (Qt +
QApplication, the PDF bytes, a QPrinter at the device's resolution): its resident memory
then is "idle". The peak mark is reset there (Linux: `/proc/self/clear_refs` ← 5) and the
figure is the peak while printing (VmHWM) minus idle. The printer is Qt's PDF engine standing in for the
device (600 dpi, a common office laser). Rows:

- `kense`: desk_app.documents.printer.paint_pdf — a raster of at most 300 dpi, in bands;
- `bare 300 dpi`: the same pages rendered whole at 300 dpi and painted (QtPdf + QPainter only);
- `old (device dpi)`: the former path — each page rendered whole at the printer's resolution.

Target: ≤ 60 MB above idle for a receipt and a 3-page register.

    python bench/bench_qt_print.py [--quick] [--dpi 600]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MB = 60


def _documents(folder: Path) -> dict[str, Path]:
    """A receipt and a three-page dispatch register, printed through the real service."""
    from desk_app.core import auth, cards, iin
    from desk_app.core.db import close_db, init_db
    from desk_app.core.demo import samples
    from desk_app.documents.service import print_document

    init_db(folder / "bench.sqlite")
    users = {
        r: auth.create_user(r, "Тестов", r.title(), [r], "0000")
        for r in ["center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin"]
    }
    people = []
    for i in range(24):
        born = dt.date(1970 + i, 3, 21)
        code, serial = None, 100 + i * 31
        while code is None:
            code = iin.make(born, "F", serial)
            serial += 1
        people.append(
            cards.create_person(
                {
                    "iin": code,
                    "surname": "Құдайбергенова",
                    "name": "Әйгерім",
                    "patronymic": "Серікқызы",
                    "birth_date": born,
                    "sex": "F",
                    "address": "Қызылорда қ., Әйтеке би көшесі, 12",
                },
                users["admin"],
            )
        )
    apps = samples.bundle(users, people, docs_each=3)
    out = {}
    rec, pdf = print_document(apps[0].number, "receipt", "kk", users["center_inspector"])
    out[f"receipt ({rec.pages} p.)"] = folder / "receipt.pdf"
    out[f"receipt ({rec.pages} p.)"].write_bytes(pdf)
    rec, pdf = print_document(apps[0].number, "register", "kk", users["dispatch_inspector"])
    out[f"register ({rec.pages} p.)"] = folder / "register.pdf"
    out[f"register ({rec.pages} p.)"].write_bytes(pdf)
    close_db()
    return out


def child(mode: str, pdf_path: str, dpi: int) -> None:
    """Runs in a fresh process; prints KiB of peak RSS above idle, idle KiB and the seconds."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desk_app.documents.printer import paint_pdf

    app = QApplication([])  # noqa: F841
    pdf = Path(pdf_path).read_bytes()
    qp = QPrinter(QPrinter.PrinterMode.HighResolution)
    qp.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    qp.setResolution(dpi)
    qp.setOutputFileName(os.devnull)
    idle = _status_kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # the peak mark starts again from here
    t = time.perf_counter()
    if mode == "kense":
        paint_pdf(pdf, qp, 1)
    elif mode in ("bare", "old"):
        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buf)
        qp.setFullPage(True)
        painter = QPainter(qp)
        raster = 300 if mode == "bare" else qp.resolution()
        target = qp.paperRect(qp.Unit.DevicePixel).toRect()
        for i in range(doc.pageCount()):
            if i:
                qp.newPage()
            pts = doc.pagePointSize(i)
            size = QSize(round(pts.width() / 72 * raster), round(pts.height() / 72 * raster))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), doc.render(i, size))
        painter.end()
    secs = time.perf_counter() - t
    print(_status_kib("VmHWM") - idle, idle, f"{secs:.3f}")


def _status_kib(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def _measure(mode: str, pdf: Path, dpi: int) -> tuple[float, float, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(pdf), "--dpi", str(dpi)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    return int(out[0]) / 1024, int(out[1]) / 1024, float(out[2])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--dpi", type=int, default=600, help="the printer's resolution")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.dpi)
        return 0
    modes = ["idle", "kense", "bare"] if args.quick else ["idle", "kense", "bare", "old"]
    with tempfile.TemporaryDirectory() as tmp:
        docs = _documents(Path(tmp))
        print(
            f"Printer: Qt PDF engine at {args.dpi} dpi. Peak RSS above an idle process "
            f"(target ≤ {TARGET_MB} MB for kense).\n"
        )
        print(f"| {'document':16} | {'path':20} | {'MB above idle':>13} | {'idle MB':>7} | {'seconds':>7} |")
        print(f"|{'-' * 18}|{'-' * 22}|{'-' * 15}|{'-' * 9}|{'-' * 9}|")
        over = []
        for name, pdf in docs.items():
            for mode in modes:
                above, idle, secs = _measure(mode, pdf, args.dpi)
                label = {
                    "idle": "idle (nothing)",
                    "kense": "kense (≤300, bands)",
                    "bare": "bare 300 dpi",
                    "old": f"old ({args.dpi} dpi)",
                }[mode]
                print(f"| {name:16} | {label:20} | {above:13.1f} | {idle:7.1f} | {secs:7.2f} |")
                if mode == "kense" and above > TARGET_MB:
                    over.append(name)
        if over:
            print(f"\nabove the {TARGET_MB} MB target: {', '.join(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
