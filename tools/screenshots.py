"""Screenshots of every tab at 1366×768, Kazakh and Russian, over a demo office; checks clipped labels.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots] [--db DEMO.sqlite]

Writes `<role>-kk.png`, `<role>-ru.png` (plus the lock screen, the sign-in, settings and
status dialogs, the head's signature queue with the document beside it, the notice area
after three scans, and the new-card form at 1280×720) and
prints every visible label or button whose text does not fit (size hint wider than the
widget, neither word-wrapped nor elided); exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tools.office_screen import use_office_screen  # noqa: E402

use_office_screen()

SIZE = (1366, 768)
SMALL = (1280, 720)


OUT = str(ROOT / "docs" / "screenshots")


def clipped(top) -> list[str]:
    """Visible labels/buttons/check boxes under `top` whose text is cut off."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    problems = []
    for w in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not w.isVisibleTo(top) or not w.isVisible():
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
            continue
        if isinstance(w, QAbstractButton) and not w.text():
            continue
        need, have = w.sizeHint().width(), w.width()
        if need > have:
            problems.append(f"{type(w).__name__} '{w.text()}' needs {need}px, has {have}px")
    return problems


def extras(win, lang: str, shoot, settle) -> None:
    """Issue 16's pictures: the intake after an ID card's scan, the folder's label, the
    absences dialog and the head's charts."""
    import datetime as dt
    import shutil
    import subprocess
    import tempfile
    import time

    from PySide6.QtWidgets import QApplication

    from desk_app.core import idcard
    from desk_app.core.models import Application, Person
    from desk_app.documents.data import gather
    from desk_app.documents.label import render as render_label
    from desk_app.ui.signals import app_signals

    win.session.sign_out()
    win.session.sign_in("center_inspector", "0000")
    win.tabs.setCurrentWidget(win.tabs_by_role["center_inspector"])
    p = Person.select().order_by(Person.id).first()
    expires = dt.date.today() + dt.timedelta(days=5 * 365)
    latin = str.maketrans(
        {
            **dict(zip("абвгдезийклмнопрстуфцыэ", "ABVGDEZIIKLMNOPRSTUFCYE", strict=True)),
            "х": "KH",
            "ә": "A",
            "ғ": "G",
            "қ": "K",
            "ң": "N",
            "ө": "O",
            "ұ": "U",
            "ү": "U",
            "һ": "H",
            "і": "I",
            "ё": "E",
            "ж": "ZH",
            "ч": "CH",
            "ш": "SH",
            "щ": "SHCH",
            "ю": "IU",
            "я": "IA",
            "ь": "",
            "ъ": "",
        }
    )
    card = idcard.make_td1(
        "N12345678",
        p.birth_date,
        p.sex,
        expires,
        p.iin,
        p.surname.lower().translate(latin),
        p.name.lower().translate(latin),
    )
    app_signals().scan_received.emit(card)
    shoot(win, f"idcard-intake-{lang}")
    win.tabs_by_role["center_inspector"].intake.reset()
    app = Application.select().where(Application.channel == "center").order_by(Application.id).first()
    if app is not None and shutil.which("pdftoppm"):
        pdf, _ = render_label(gather("label", app, lang))
        folder = Path(tempfile.mkdtemp(prefix="kense-label-"))
        (folder / "label.pdf").write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "200",
                "-png",
                "-singlefile",
                str(folder / "label.pdf"),
                str(Path(OUT) / f"label-{lang}"),
            ],
            check=True,
        )
    win.session.sign_out()
    win.session.sign_in("head", "0000")
    head = win.tabs_by_role["head"]
    win.tabs.setCurrentWidget(head)
    dlg = head.open_absences()
    if dlg is not None:
        shoot(dlg, f"absences-{lang}")
        dlg.close()
    head.pages.setCurrentWidget(head.charts)
    end = time.monotonic() + 30
    while not head.charts.trend and time.monotonic() < end:  # twelve months, off the GUI thread
        QApplication.processEvents()
        time.sleep(0.05)
    settle()
    shoot(win, f"head-charts-{lang}")
    head.pages.setCurrentIndex(0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--db", help="an existing demo database (default: a fresh one in a temp folder)")
    ap.add_argument(
        "--no-pdf",
        action="store_true",
        help="skip the pictures that render a PDF in the desk (QtPdf's PDFium stops "
        "on a breakpoint under wine 8)",
    )
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="kense-shots-"))
    os.environ["KENSE_SETTINGS_DIR"] = str(tmp / "settings")  # never the real profile

    from PySide6.QtWidgets import QApplication

    from desk_app.core.db import init_db
    from desk_app.ui import i18n
    from desk_app.ui.app import make_app
    from desk_app.ui.first_run import load_demo_office, needs_setup
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.tabs import TAB_CLASSES

    app = make_app()
    init_db(args.db or tmp / "demo.sqlite")
    if needs_setup():
        load_demo_office()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    global OUT
    OUT = str(out)
    problems: list[str] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def shoot(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        problems.extend(f"{name}: {p}" for p in clipped(widget))

    for lang in ("kk", "ru"):
        i18n.install(lang)
        win = MainWindow(db_label="demo.sqlite")
        win.resize(*SIZE)
        win.show()
        shoot(win, f"lock-{lang}")  # nobody signed in: the lock screen only
        dlg = win.request_sign_in("office_clerk")
        shoot(dlg, f"sign-in-{lang}")
        dlg.close()
        for role in TAB_CLASSES:
            win.session.sign_out()
            win.session.sign_in(role, "0000")
            win.tabs.setCurrentWidget(win.tabs_by_role[role])
            shoot(win, f"{role}-{lang}")
            if role == "head" and not args.no_pdf:  # the signature queue with the document beside it
                head = win.tabs_by_role[role]
                head.step_filter.setCurrentIndex(head.step_filter.findData("sign"))
                if head.queue.model.rowCount():
                    head.queue.table.selectRow(0)
                    import time

                    end = time.monotonic() + 1.5  # QPdfView renders its pages in a thread
                    while time.monotonic() < end:
                        app.processEvents()
                        time.sleep(0.02)
                shoot(win, f"head-signing-{lang}")
                head.step_filter.setCurrentIndex(0)
        # three scans at the Center desk: a recorded-or-refused one, an unknown one, a look-up
        win.session.sign_out()
        win.session.sign_in("center_inspector", "0000")
        from desk_app.ui.signals import app_signals

        for code in ("2026-000001", "ABC-123", "2026-999999"):
            app_signals().scan_received.emit(code)
        for w in app.topLevelWidgets():  # a look-up's status window, not this picture
            if w is not win and w.isVisible() and w.objectName() != "MainWindow":
                w.close()
        shoot(win, f"notices-{lang}")
        # the new-card form on a 1280×720 laptop (the window manager takes ~40 px)
        win.resize(SMALL[0], SMALL[1] - 40)
        intake = win.tabs_by_role["center_inspector"].intake
        intake.start_new_card()
        shoot(win, f"new-card-1280x720-{lang}")
        intake._close_card_box()
        win.resize(*SIZE)
        win.session.sign_out()
        win.session.sign_in("admin", "0000")  # Settings are the admin's
        settings = win.open_settings()
        shoot(settings, f"settings-{lang}")
        settings.close()
        win.session.sign_out()
        win.session.sign_in("dispatch_inspector", "0000")
        queue = win.tabs_by_role["dispatch_inspector"].queue
        number = queue.model.row_at(0).number if queue.model.rowCount() else "2026-000001"
        status = win.look_up(number)
        if status is not None:
            shoot(status, f"status-{lang}")
            status.close()
        extras(win, lang, shoot, settle)
        win.close()
        win.deleteLater()
        settle()
    i18n.install("kk")
    QApplication.processEvents()
    for p in problems:
        print("clipped:", p)
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}; {len(problems)} clipped text(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
