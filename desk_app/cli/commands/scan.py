"""`scan`: a scan station without the GUI — one JSON line per scan, until interrupted.

The serial listener runs on its own thread and only queues lines; every scan is handled
(and committed) here on the main thread, which owns the database connection.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import queue
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db

if TYPE_CHECKING:
    from desk_app.core.models import User

ROLES_HELP = (
    "dispatch_inspector (sent to the body), office_clerk (received by the body), "
    "center_inspector (result at the Center), any other role: status look-up"
)


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "scan",
        help="сканерлеу бекеті: штрихкод сканері / станция сканирования штрихкодов",
        description="scan station: read a barcode scanner, record movements",
        run=run,
        json_flag=False,
    )
    p.add_argument(
        "--port", default="auto", help="serial device (/dev/ttyACM0, COM3), pyserial URL (loop://) or auto"
    )
    p.add_argument("--as", dest="role", required=True, help=ROLES_HELP)
    p.add_argument(
        "--user",
        required=True,
        help="login; the PIN is read from the terminal (or one line of stdin when it is not one)",
    )
    p.add_argument("--baud", type=int, default=9600)
    p.add_argument("--suffix", choices=["cr", "lf", "crlf", "tab"], default="cr")
    p.add_argument("--strip-prefix", default="", help="a fixed prefix the scanner adds")
    p.add_argument("--strip-suffix", default="", help="a fixed suffix the scanner adds")


def _emit(obj: dict[str, Any], stream: TextIO | None = None) -> None:
    print(json.dumps(obj, ensure_ascii=False), file=stream or sys.stdout, flush=True)


def _read_pin() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("PIN: ")
    return (sys.stdin.readline() if sys.stdin else "").strip()


def run(args: argparse.Namespace) -> int:
    from desk_app.core.auth import authenticate
    from desk_app.core.errors import PermissionDenied
    from desk_app.core.idcard import MrzAssembler
    from desk_app.devices.serial_reader import ScannerSettings, SerialListener

    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    init_db(args.db)
    user = authenticate(args.user, _read_pin())
    if not user.has_role(args.role):
        raise PermissionDenied(
            f"«{user.login}» бұл рөлде жұмыс істемейді: {args.role}",
            f"«{user.login}» не работает в этой роли: {args.role}",
            "role",
        )

    events: queue.Queue[tuple[str, str]] = queue.Queue()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    settings = ScannerSettings(
        port=args.port,
        baud=args.baud,
        suffix=args.suffix,
        strip_prefix=args.strip_prefix,
        strip_suffix=args.strip_suffix,
    )
    listener = SerialListener(
        settings, lambda line: events.put(("scan", line)), lambda state: events.put(("state", state))
    )
    listener.start()
    mrz = MrzAssembler()  # an imager may send the ID card's three MRZ lines as three reads
    try:
        while not stop.is_set():
            try:
                what, value = events.get(timeout=0.2)
            except queue.Empty:
                for held in mrz.stale(time.monotonic()):
                    _handle(held, args.role, user)
                continue
            if what == "state":
                _emit({"event": "state", "port": args.port, "state": value}, sys.stderr)
                continue
            for payload in mrz.feed(value, time.monotonic()):
                _handle(payload, args.role, user)
    finally:
        listener.stop()
        # Scans that reached us before the stop are still handled: none is lost.
        while True:
            try:
                what, value = events.get_nowait()
            except queue.Empty:
                break
            if what == "scan":
                for payload in mrz.feed(value, time.monotonic()):
                    _handle(payload, args.role, user)
        for held in mrz.stale(float("inf")):
            _handle(held, args.role, user)
    return 0


def _handle(payload: str, role: str, user: User) -> None:
    from desk_app.core.scanning import handle_scan

    try:
        outcome = handle_scan(payload, role, user).to_dict()
    except Exception as e:  # the database is away or locked: say so, keep the station up
        logging.getLogger(__name__).exception("scan %r not handled", payload)
        outcome = {
            "outcome": "error",
            "payload": payload,
            "error": f"{type(e).__name__}: {e}",
            "kk": "Сканерлеу сақталмады, қайта сканерлеңіз",
            "ru": "Скан не сохранён, отсканируйте ещё раз",
        }
    _emit({"event": "scan", **outcome})
