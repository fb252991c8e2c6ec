"""Documents per second for each kind, next to a bare ReportLab page measured in the same run.

The bare page is a plain Canvas with the same registered font (both faces), every string
a talon carries (drawString, no wrapping) and the same Code128 barcode: what ReportLab
costs by itself for that page. The register is also set against a bare page carrying its
strings and its ten barcodes.
Cards carry ordinary names here; the longest names are checked by the tests.
Each kind is measured twice: `render` (facts read from the database + layout + PDF) and
`print` (the whole `print_document`: also the journal number and the stored copy,
committed to SQLite with synchronous=FULL).

    python bench/bench_documents.py [--rounds 5] [--n 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_app.core import auth, cards, iin  # noqa: E402
from desk_app.core.db import close_db, init_db  # noqa: E402
from desk_app.core.demo import samples  # noqa: E402
from desk_app.core.models import OfficeSetting  # noqa: E402
from desk_app.documents.data import gather  # noqa: E402
from desk_app.documents.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from desk_app.documents.layout import barcode  # noqa: E402
from desk_app.documents.render import render  # noqa: E402
from desk_app.documents.service import print_document  # noqa: E402
from desk_app.documents.texts import t  # noqa: E402

ROLES = ["center_inspector", "dispatch_inspector", "office_clerk", "head", "executor", "admin"]


def _person(by, i: int):
    """An ordinary card (the longest names are the tests' business, not the throughput's)."""
    born = dt.date(1970 + i, 3, 21)
    code = None
    serial = 100 + i * 31
    while code is None:
        code = iin.make(born, "F", serial)
        serial += 1
    return cards.create_person(
        {
            "iin": code,
            "surname": "Құдайбергенова",
            "name": "Әйгерім",
            "patronymic": "Серікқызы",
            "birth_date": born,
            "sex": "F",
            "address": "Қызылорда қ., Әйтеке би көшесі, 12",
        },
        by,
    )


def bare_page(lines: list[str], numbers: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, initialFontName=REGULAR, initialFontSize=10)
    y = 790
    for i, line in enumerate(lines):
        if y < 60:
            c.showPage()
            y = 790
        c.setFont(BOLD if i % 2 == 0 else REGULAR, 10)  # both faces, as the document
        c.drawString(50, y, line)
        y -= 14
    for i, number in enumerate(numbers):
        barcode(number).drawOn(c, 380, 770 - (i % 12) * 60)
    c.showPage()
    c.save()
    return buf.getvalue()


WALL: dict[str, list[float]] = {}


def per_doc(fn, n: int, name: str = "") -> float:
    """CPU seconds per call (on a shared machine wall time also counts other processes;
    the wall time, which also has the commits' fsync, is kept in WALL)."""
    w, t = time.perf_counter(), time.process_time()
    for _ in range(n):
        fn()
    WALL.setdefault(name, []).append((time.perf_counter() - w) / n)
    return (time.process_time() - t) / n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--quick", action="store_true", help="small sizes (CI: keeps bench/ alive)")
    args = ap.parse_args()
    if args.quick:
        args.rounds, args.n = 1, 5
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        init_db(Path(tmp) / "bench.sqlite")
        OfficeSetting.create(
            key="office_name", value="Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
        )
        users = {r: auth.create_user(r, "Сәрсенбаева", "Гүлжан", [r], "0000", "Маратқызы") for r in ROLES}
        person = _person(users["admin"], 0)
        people = [_person(users["admin"], i) for i in range(1, 11)]
        apps = {
            "talon": samples.submitted(users, person, 2, "direct"),
            "receipt": samples.submitted(users, person, 3, "center", samples.documents_for(3, 5)),
            "notification": samples.with_result(users, person, 2, "center", "notification"),
            "decision": samples.with_result(users, person, 1, "direct", "decision"),
            "refusal": samples.with_result(users, person, 3, "direct", "refusal"),
            "register": samples.bundle(users, people)[0],
        }
        talon = gather("talon", apps["talon"], "kk")
        a = talon["applicant"]
        # every string the talon carries, drawn with plain canvas calls
        lines = [
            talon["office"],
            "Шығыс № 2026/00001, 25.11.2026 күні",
            f"Өтініштің нөмірі: {talon['number']}",
            "ТАЛОН",
            t("talon.sub"),
            t("app_no"),
            talon["number"],
            t("applicant"),
            f"{a['full_name']}, ЖСН {a['iin']}",
            t("service"),
            talon["service"],
            t("registered_at"),
            talon["submitted"],
            t("result_on"),
            talon["result_due"],
            t("accepted_by"),
            talon["accepted_by"],
            t("accepted_by"),
            t("signature"),
            talon["accepted_by"],
            "ТАЛОН · 2026/00001 · 1-бет",
        ]
        numbers = [apps["talon"].number]
        reg = gather("register", apps["register"], "kk")
        reg_lines = [
            reg["office"],
            "Шығыс № 2026/00001, 25.11.2026 күні",
            "ТІЗІЛІМ",
            t("register.sub"),
            t("register.day"),
            reg["day"],
            t("register.from"),
            f"{reg['center']}, {reg['sent_by']}",
            t("register.to"),
            reg["office"],
            t("col.no"),
            t("col.number"),
            t("col.applicant"),
            t("col.service"),
            t("col.docs"),
        ]
        for i, line in enumerate(reg["lines"], 1):
            reg_lines += [
                str(i),
                line["number"],
                line["applicant"],
                f"ЖСН {line['iin']}",
                str(line["service_no"]),
                str(line["documents"]),
            ]
        reg_lines += [
            t("register.total").format(apps=10, docs=30),
            t("sent_by"),
            reg["sent_by"],
            t("signature"),
            t("received_by"),
            t("signature"),
            t("date_time"),
            "ТІЗІЛІМ · 2026/00001 · 1-бет",
        ]
        reg_numbers = [x["number"] for x in reg["lines"]]
        at = dt.datetime.now().replace(microsecond=0)
        results: dict[str, list[float]] = {"bare page": [], "bare register page": []}
        for kind in apps:
            results[f"{kind} render"] = []
            results[f"{kind} print"] = []
        for _ in range(args.rounds):  # interleaved, so a busy moment hits every row alike
            results["bare page"].append(per_doc(lambda: bare_page(lines, numbers), args.n, "bare page"))
            results["bare register page"].append(
                per_doc(lambda: bare_page(reg_lines, reg_numbers), args.n, "bare register page")
            )
            for kind, app in apps.items():
                results[f"{kind} render"].append(
                    per_doc(
                        lambda k=kind, a=app: render(gather(k, a, "kk"), "2026/00001", at),
                        args.n,
                        f"{kind} render",
                    )
                )
                results[f"{kind} print"].append(
                    per_doc(
                        lambda k=kind, a=app: print_document(a.number, k, "kk", "bench", new=True),
                        max(5, args.n // 4),
                        f"{kind} print",
                    )
                )
        close_db()
    base = statistics.median(results["bare page"])
    base_reg = statistics.median(results["bare register page"])
    wall_base = statistics.median(WALL["bare page"])
    print(f"{'':24} {'CPU ms':>8} {'docs/s':>8} {'× bare':>7}   {'wall ms':>8} {'× bare':>7}")
    for name, vals in results.items():
        m = statistics.median(vals)
        w = statistics.median(WALL[name])
        # the register (ten barcodes, ten rows) also against a bare page with the same
        extra = f"   ({m / base_reg:.2f} × bare register page)" if name.startswith("register") else ""
        print(
            f"{name:24} {m * 1000:8.2f} {1 / m:8.0f} {m / base:7.2f}   {w * 1000:8.2f} "
            f"{w / wall_base:7.2f}{extra}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
