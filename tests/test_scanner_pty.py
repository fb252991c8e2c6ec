"""The scanner over a real pty pair (socat standing in for the device), the scan station
as a subprocess, and a barcode printed to PDF, rendered, decoded and scanned end to end."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import queue
import shutil
import signal
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
import serial
from scan_support import SocatPair, advance, center_app, db_url, render_barcode_pdf

from desk_app.core import workflow
from desk_app.core.models import Movement
from desk_app.devices.serial_reader import ScannerSettings, SerialListener

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not shutil.which("socat"), reason="socat is not installed")


@pytest.fixture
def pair(tmp_path):
    p = SocatPair(tmp_path).start()
    yield p
    p.stop()


def _scanner(path: str) -> serial.Serial:
    return serial.Serial(path, 9600, timeout=1)


def _wait(states: queue.Queue, want: str, timeout: float = 10.0) -> list[str]:
    seen = []
    end = time.monotonic() + timeout
    while True:
        s = states.get(timeout=max(0.01, end - time.monotonic()))
        seen.append(s)
        if s.startswith(want):
            return seen


def test_listener_resumes_after_socat_is_killed_and_restarted(pair):
    scans: queue.Queue[str] = queue.Queue()
    states: queue.Queue[str] = queue.Queue()
    li = SerialListener(ScannerSettings(port=pair.b), scans.put, states.put, max_backoff=0.2).start()
    try:
        _wait(states, "connected")
        dev = _scanner(pair.a)
        dev.write(b"2026-000001\r2026-000002\r")
        assert [scans.get(timeout=5), scans.get(timeout=5)] == ["2026-000001", "2026-000002"]
        dev.close()
        pair.stop()  # SIGTERM: the cable is pulled
        seen = _wait(states, "retrying")
        assert seen[0].startswith("disconnected: ")
        pair.start()  # plugged back in
        _wait(states, "connected")
        dev = _scanner(pair.a)
        for i in range(3, 8):
            dev.write(f"2026-00000{i}\r".encode())
        assert [scans.get(timeout=5) for _ in range(5)] == [f"2026-00000{i}" for i in range(3, 8)]
        dev.close()
    finally:
        li.stop()
    assert scans.empty()


class Station:
    """`main.py scan` as a subprocess; its JSON lines collected by a reader thread."""

    def __init__(self, args: list[str], tty: bool) -> None:
        cmd = [sys.executable, str(ROOT / "main.py"), "scan", *args]
        self.lines: queue.Queue[dict] = queue.Queue()
        self.raw: list[str] = []
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if tty:  # an operator at a terminal: getpass talks to the controlling tty
            master, slave = pty.openpty()
            self.proc = subprocess.Popen(
                cmd,
                stdin=slave,
                stdout=slave,
                stderr=slave,
                cwd=ROOT,
                env=env,
                start_new_session=True,
                preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
            )
            os.close(slave)
            self.fd = master
            self.write_pin = lambda pin: os.write(master, pin.encode() + b"\n")
        else:
            self.proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                env=env,
            )
            self.fd = self.proc.stdout.fileno()
            self.write_pin = lambda pin: (
                self.proc.stdin.write(pin.encode() + b"\n"),
                self.proc.stdin.flush(),
            )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # EIO: the pty's other side closed
                chunk = b""
            if not chunk:
                return
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                text = line.decode("utf-8", "replace").strip()
                self.raw.append(text)
                if text.startswith("{"):
                    self.lines.put(json.loads(text))
            if b"PIN:" in buf:
                self.raw.append(buf.decode())
                buf = b""
                self.lines.put({"event": "prompt"})

    def next(self, event: str, timeout: float = 15.0, **match) -> dict:
        end = time.monotonic() + timeout
        while True:
            try:
                d = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {event} line; output so far: {self.raw}") from None
            if d.get("event") == event and all(d.get(k) == v for k, v in match.items()):
                return d

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(10)


def test_scan_station_on_a_terminal(db, users, person, pair):
    app = center_app(users, person)
    st = Station(
        ["--port", pair.b, "--as", "dispatch_inspector", "--user", "dispatch_inspector", "--db", db_url(db)],
        tty=True,
    )
    try:
        st.next("prompt")
        st.write_pin("0000")
        st.next("state", state="connected")
        dev = _scanner(pair.a)
        dev.write(f"{app.number}\r".encode())
        first = st.next("scan")
        dev.write(f"{app.number}\rNOT-A-CODE\r".encode())
        again, junk = st.next("scan"), st.next("scan")
        dev.close()
    finally:
        code = st.terminate()
    assert code == 0
    assert first["outcome"] == "recorded" and first["number"] == app.number
    assert first["kind"] == "sent_to_body" and first["bundle_size"] == 1
    assert again["outcome"] == "duplicate" and junk["outcome"] == "unknown"
    assert not [r for r in st.raw if r.replace("PIN:", "").strip() == "0000"]  # not echoed
    assert Movement.select().where(Movement.application == app).count() == 1
    assert workflow.get_application(app.number).current_step == 3


def test_scan_station_refuses_a_wrong_pin(db, users, pair):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "scan",
            "--port",
            pair.b,
            "--as",
            "office_clerk",
            "--user",
            "office_clerk",
            "--db",
            db_url(db),
        ],
        input="9999\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert proc.returncode == 2 and "Неверный PIN" in proc.stderr


@pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="poppler-utils / zbar-tools missing"
)
def test_printed_barcode_scanned_moves_the_application(db, users, person, pair, tmp_path):
    app = center_app(users, person)
    advance(app, users, "register")  # the folder is on its way to the authorized body
    pdf = render_barcode_pdf(app.number, tmp_path / "receipt.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == app.number
    st = Station(
        [
            "--port",
            pair.b,
            "--as",
            "office_clerk",
            "--user",
            "office_clerk",
            "--db",
            db_url(db),
            "--suffix",
            "crlf",
        ],
        tty=False,
    )
    try:
        st.write_pin("0000")
        st.next("state", state="connected")
        dev = _scanner(pair.a)
        dev.write(decoded.encode() + b"\r\n")
        out = st.next("scan")
        dev.close()
    finally:
        assert st.terminate() == 0
    assert out["outcome"] == "recorded" and out["kind"] == "received_by_body"
    app = workflow.get_application(app.number)
    assert app.current_step == 4 and app.state == "assignment"
    mv = Movement.get(Movement.application == app, Movement.kind == "received_by_body")
    assert mv.payload == app.number and mv.role == "office_clerk"


def test_scan_station_with_a_url_port_and_sigint(db, users):
    st = Station(["--port", "loop://", "--as", "head", "--user", "head", "--db", db_url(db)], tty=False)
    st.write_pin("0000")
    st.next("state", state="connected")
    st.proc.send_signal(signal.SIGINT)
    assert st.proc.wait(10) == 0


def test_scan_station_refuses_a_role_the_user_lacks(db, users):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "scan",
            "--port",
            "loop://",
            "--as",
            "dispatch_inspector",
            "--user",
            "office_clerk",
            "--db",
            db_url(db),
        ],
        input="0000\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert proc.returncode == 2 and "не работает в этой роли" in proc.stderr


def test_qt_scanner_resumes_after_the_port_vanishes(qtbot, pair):
    from desk_app.devices.qt_scanner import QtScanner

    sc = QtScanner(ScannerSettings(port=pair.b), max_backoff=0.2)
    states, scans = [], []
    sc.state_changed.connect(states.append)
    sc.scanned.connect(scans.append)
    sc.start()
    try:
        qtbot.waitUntil(lambda: "connected" in states, timeout=10000)
        dev = _scanner(pair.a)
        dev.write(b"2026-000101\r")
        qtbot.waitUntil(lambda: scans == ["2026-000101"], timeout=10000)
        dev.close()
        pair.stop()
        qtbot.waitUntil(lambda: "retrying" in states, timeout=10000)
        assert any(s.startswith("disconnected: ") for s in states)
        pair.start()
        qtbot.waitUntil(lambda: states[-1] == "connected", timeout=10000)
        dev = _scanner(pair.a)
        dev.write(b"2026-000102\r2026-000103\r")
        qtbot.waitUntil(lambda: len(scans) == 3, timeout=10000)
        dev.close()
    finally:
        assert sc.stop()
    assert scans == ["2026-000101", "2026-000102", "2026-000103"]
