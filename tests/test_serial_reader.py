"""The serial listener over pyserial's loop:// port: lines, order, reconnects, the Qt adapter."""

from __future__ import annotations

import queue
import threading
import time

import pytest
import serial

from desk_app.devices.serial_reader import LineAssembler, ScannerSettings, SerialListener


def test_line_assembler_keeps_partial_lines_and_order():
    la = LineAssembler(b"\r")
    assert la.feed(b"2026-0001") == []
    assert la.feed(b"23\r2026-000124\r20") == ["2026-000123", "2026-000124"]
    assert la.buffer == b"20"
    assert la.feed(b"26-000125\r\r  \r") == ["2026-000125"]


@pytest.mark.parametrize("suffix,end", [("cr", b"\r"), ("lf", b"\n"), ("crlf", b"\r\n"), ("tab", b"\t")])
def test_suffixes_and_stripping(suffix, end):
    s = ScannerSettings(suffix=suffix, strip_prefix="#", strip_suffix="*")
    la = LineAssembler(s.terminator(), s.strip_prefix, s.strip_suffix)
    assert la.feed(b"#2026-000001*" + end + b" 2026-000002 " + end) == ["2026-000001", "2026-000002"]


def test_bad_suffix_setting_is_refused():
    with pytest.raises(ValueError):
        ScannerSettings(suffix="semicolon").terminator()


def test_runaway_line_is_dropped():
    la = LineAssembler(b"\r")
    assert la.feed(b"x" * 5000) == [] and la.buffer == b""
    assert la.feed(b"2026-000001\r") == ["2026-000001"]


class Plug:
    """Hands the listener a sequence of ports or failures, as a cable pulled and replugged."""

    def __init__(self, *items):
        self.items = list(items)
        self.opened = threading.Event()

    def __call__(self):
        if not self.items:
            raise serial.SerialException("could not open port: no such device")
        item = self.items.pop(0)
        if isinstance(item, Exception):
            raise item
        self.opened.set()
        return item


def _listener(opener, **kw):
    scans: queue.Queue[str] = queue.Queue()
    states: queue.Queue[str] = queue.Queue()
    li = SerialListener(
        ScannerSettings(port="loop://"), scans.put, states.put, opener=opener, max_backoff=0.05, **kw
    )
    return li, scans, states


def _wait_state(states, want: str, timeout=5.0) -> list[str]:
    seen = []
    while True:
        s = states.get(timeout=timeout)
        seen.append(s)
        if s.startswith(want):
            return seen


def test_listener_over_loop_delivers_lines_in_order():
    port = serial.serial_for_url("loop://", timeout=0.05)
    li, scans, states = _listener(Plug(port))
    li.start()
    try:
        _wait_state(states, "connected")
        port.write(b"2026-000001\r2026-0000")
        port.write(b"02\r")
        assert [scans.get(timeout=5), scans.get(timeout=5)] == ["2026-000001", "2026-000002"]
    finally:
        li.stop()
    assert li.state == "stopped"


def test_listener_survives_pulled_cable_and_keeps_partial_line():
    first = serial.serial_for_url("loop://", timeout=0.05)
    second = serial.serial_for_url("loop://", timeout=0.05)
    plug = Plug(
        serial.SerialException("could not open port /dev/ttyACM0"),
        first,
        serial.SerialException("could not open port /dev/ttyACM0"),
        serial.SerialException("could not open port /dev/ttyACM0"),
        second,
    )
    li, scans, states = _listener(plug)
    li.start()
    try:
        seen = _wait_state(states, "connected")
        assert seen[0].startswith("disconnected: could not open") and "retrying" in seen
        first.write(b"2026-000010\r2026-00")  # half a code, then the cable goes
        assert scans.get(timeout=5) == "2026-000010"
        while first.in_waiting:  # let the listener take the half code before the cable goes
            time.sleep(0.001)
        first.close()
        seen = _wait_state(states, "connected")
        assert seen[0].startswith("disconnected") and seen[1] == "retrying"
        second.write(b"0011\r2026-000012\r")
        assert [scans.get(timeout=5), scans.get(timeout=5)] == ["2026-000011", "2026-000012"]
    finally:
        li.stop()


def test_a_failing_callback_does_not_stop_the_listener():
    port = serial.serial_for_url("loop://", timeout=0.05)
    got = []

    def on_scan(line):
        got.append(line)
        if len(got) == 1:
            raise RuntimeError("receiver bug")

    li = SerialListener(ScannerSettings(), on_scan, opener=Plug(port)).start()
    try:
        port.write(b"2026-000001\r2026-000002\r")
        deadline = threading.Event()
        for _ in range(100):
            if len(got) == 2:
                break
            deadline.wait(0.02)
        assert got == ["2026-000001", "2026-000002"]
    finally:
        li.stop()


def test_qt_adapter_emits_signals_from_its_thread(qtbot):
    from PySide6.QtCore import QThread

    from desk_app.devices.qt_scanner import QtScanner

    port = serial.serial_for_url("loop://", timeout=0.05)
    sc = QtScanner(ScannerSettings(port="loop://"), opener=Plug(port), max_backoff=0.05)
    states, threads = [], []
    sc.state_changed.connect(states.append)
    sc.scanned.connect(lambda s: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(sc.state_changed, timeout=3000, check_params_cb=lambda s: s == "connected"):
        sc.start()
    assert sc.is_running()
    with qtbot.waitSignal(sc.scanned, timeout=3000) as sig:
        port.write(b"2026-000042\r")
    assert sig.args == ["2026-000042"]
    assert threads == [QThread.currentThread()]  # delivered on the GUI thread, queued
    assert sc.stop() and not sc.is_running()
    qtbot.waitUntil(lambda: states[-1] == "stopped", timeout=3000)


def test_auto_port_prefers_a_usb_device(monkeypatch):
    from types import SimpleNamespace

    from desk_app.devices import serial_reader

    ports = [
        SimpleNamespace(device="/dev/ttyS0", vid=None),
        SimpleNamespace(device="/dev/ttyACM0", vid=0x05E0),
    ]
    monkeypatch.setattr(serial_reader.list_ports, "comports", lambda: ports)
    assert serial_reader.detect_port() == "/dev/ttyACM0"
    monkeypatch.setattr(serial_reader.list_ports, "comports", lambda: ports[:1])
    assert serial_reader.detect_port() == "/dev/ttyS0"
    monkeypatch.setattr(serial_reader.list_ports, "comports", lambda: [])
    assert serial_reader.detect_port() is None
    states = []
    li = SerialListener(ScannerSettings(port="auto"), print, states.append, max_backoff=0.01)
    li.start()
    for _ in range(200):
        if "retrying" in states:
            break
        time.sleep(0.01)
    li.stop()
    assert states[0] == "disconnected: no serial port found" and "retrying" in states


def test_no_port_enumerator_means_no_ports_not_a_crash(monkeypatch):
    """Under wine 8 pyserial's Windows port list cannot even be imported (cfgmgr32 lacks
    CM_MapCrToWin32Err): the desk's settings and `--port auto` then see no ports."""
    from desk_app.devices import serial_reader
    from desk_app.ui.settings_dialog import serial_ports

    monkeypatch.setattr(serial_reader, "list_ports", None)
    assert serial_reader.comports() == [] and serial_reader.detect_port() is None
    assert serial_ports() == []

    class Broken:
        @staticmethod
        def comports():
            raise OSError(5, "Access is denied")

    monkeypatch.setattr(serial_reader, "list_ports", Broken)
    assert serial_reader.comports() == []
