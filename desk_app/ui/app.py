"""Start the desk: QApplication, fonts, language, one instance per PC, database, first run, window.

`--smoke` starts over the given database (an empty one gets a small demo office silently),
waits until the window is shown and the event loop is idle, prints the start-up time in
milliseconds since process start as the last line of stdout, and exits 0.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from desk_app.core.db import init_db, is_postgres
from desk_app.core.paths import default_db_path, resources_dir

from . import i18n, prefs

_IMPORTED = time.perf_counter()


def process_age_ms() -> int:
    """Milliseconds since this process started (Linux: /proc; elsewhere: since this module loaded)."""
    # Ask sys.platform, not the file system: under wine the Linux /proc is visible as Z:\\proc,
    # and Windows Python has no os.sysconf.
    if not sys.platform.startswith("linux"):
        return int((time.perf_counter() - _IMPORTED) * 1000)
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return int((uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError):
        return int((time.perf_counter() - _IMPORTED) * 1000)


def load_fonts(app: QApplication) -> str | None:
    """Register bundled fonts (resources/fonts/*.ttf); the first family becomes the UI font."""
    family = None
    for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(ttf))
        fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        if fams and family is None and "Sans" in fams[0] and "Mono" not in fams[0]:
            family = fams[0]
    if family:
        app.setFont(QFont(family, app.font().pointSize()))
    return family


def instance_key() -> str:
    return f"kense-desk-{getpass.getuser()}"


def raise_running_instance() -> bool:
    """True when another desk runs on this PC (it is asked to raise its window)."""
    sock = QLocalSocket()
    sock.connectToServer(instance_key())
    if not sock.waitForConnected(300):
        return False
    sock.write(b"raise\n")
    sock.waitForBytesWritten(300)
    sock.disconnectFromServer()
    return True


def listen_for_second_launch(window) -> QLocalServer:
    server = QLocalServer(window)
    QLocalServer.removeServer(instance_key())  # a stale socket after a crash
    server.listen(instance_key())

    def on_connection() -> None:
        conn = server.nextPendingConnection()
        if conn is not None:
            conn.disconnected.connect(conn.deleteLater)
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(on_connection)
    return server


def db_label(url: str | None) -> str:
    target = str(url or default_db_path())
    if is_postgres(target):
        return "PostgreSQL " + target.rsplit("@", 1)[-1].split("/", 1)[0]
    if len(target) > 48:  # the status bar has room for the end of a long path only
        parts = Path(target).parts
        return "…/" + "/".join(parts[-2:])
    return target


def make_app(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(prefs.ORG)
    app.setApplicationName(prefs.APP)
    app.setApplicationDisplayName("Кеңсе")
    from .icon import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("kense")  # Wayland/X11: match installer/kense.desktop
    load_fonts(app)
    return app


def run_gui(args) -> int:
    from desk_app.logs import setup_logging

    from .crash_dialog import crash_hook

    setup_logging()
    with crash_hook():  # an uncaught error: dialog + crash report, data left intact
        return _run_gui(args)


def _run_gui(args) -> int:
    smoke = bool(getattr(args, "smoke", False))
    app = make_app()
    lang = getattr(args, "lang", None) or prefs.language()
    i18n.install(lang)
    if not smoke and raise_running_instance():
        return 0
    init_db(args.db)
    if smoke:
        return _open_desk(app, args, smoke)
    from .scanner_hub import ScannerHub

    hub = ScannerHub(app)  # first: the first-run wizard's scanner page listens too
    hub.start(app)
    try:
        return _open_desk(app, args, smoke)
    finally:  # the serial thread must end before Qt does; the wedge filter goes with it
        hub.stop()
        hub.deleteLater()


def _open_desk(app: QApplication, args, smoke: bool) -> int:
    from .first_run import SMOKE_DEMO, load_demo_office, needs_setup, offer_first_run
    from .main_window import MainWindow

    if needs_setup():
        if smoke:
            load_demo_office(None, **SMOKE_DEMO)
        elif not offer_first_run():
            return 1
    window = MainWindow(db_label=db_label(args.db))
    if not smoke:
        listen_for_second_launch(window)
        from .backup_timer import BackupTimer

        backups = BackupTimer(window)
        backups.failed.connect(
            lambda kk, ru: window.statusBar().showMessage(ru if prefs.language() == "ru" else kk, 15000)
        )
        backups.start()
    window.show()
    window.request_sign_in()
    if smoke:

        def done() -> None:
            sys.stdout.flush()
            print(process_age_ms(), flush=True)
            app.quit()

        # Zero-timeout timers run once the queue of pending events (show, layout, paint) is drained.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, done))
    return app.exec()
