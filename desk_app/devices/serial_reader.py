"""A serial barcode scanner: lines in, callbacks out, on its own thread; survives a pulled cable.

Plain Python (no Qt): the scan station CLI uses it directly, `qt_scanner` runs the same
loop inside a QThread. The listener never touches the database: it hands each complete
line to `on_scan` on its thread, and the receiver moves it to the thread that owns the
database (a queue in the CLI, a queued signal in the GUI).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import serial

log = logging.getLogger(__name__)

try:
    from serial.tools import list_ports
except (ImportError, AttributeError, OSError) as _e:
    # On Windows pyserial's port list binds cfgmgr32.CM_MapCrToWin32Err at import; wine 8
    # lacks it. A missing enumerator must not take the scanner down: a named port still opens.
    log.warning("serial ports cannot be listed: %s", _e)
    list_ports = None

SUFFIXES = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t"}
CONNECTED, RETRYING = "connected", "retrying"
MAX_LINE = 1024  # a "line" longer than this is noise (wrong suffix setting, line noise)


@dataclass
class ScannerSettings:
    port: str = "auto"  # a device (/dev/ttyACM0, COM3), a pyserial URL (loop://), or "auto"
    baud: int = 9600
    suffix: str = "cr"  # what the scanner sends after each code: cr, lf, crlf, tab
    strip_prefix: str = ""  # a fixed prefix the scanner is programmed to add
    strip_suffix: str = ""

    def terminator(self) -> bytes:
        try:
            return SUFFIXES[self.suffix.lower()]
        except KeyError:
            raise ValueError(f"suffix must be one of {', '.join(SUFFIXES)}") from None


def comports() -> list[Any]:
    """The serial ports pyserial sees; none when it cannot enumerate them."""
    if list_ports is None:
        return []
    try:
        return list(list_ports.comports())
    except (AttributeError, OSError) as e:
        log.warning("serial ports cannot be listed: %s", e)
        return []


def detect_port() -> str | None:
    """The first USB serial port (a scanner in serial/CDC mode), else any serial port."""
    ports = sorted(comports(), key=lambda p: p.device)
    usb = [p for p in ports if p.vid is not None]
    chosen = (usb or ports)[:1]
    return chosen[0].device if chosen else None


class LineAssembler:
    """Bytes in, complete lines out, in order; a partial line waits for the rest."""

    def __init__(self, terminator: bytes = b"\r", strip_prefix: str = "", strip_suffix: str = "") -> None:
        self.terminator = terminator
        self.strip_prefix = strip_prefix
        self.strip_suffix = strip_suffix
        self.buffer = b""

    def feed(self, data: bytes) -> list[str]:
        self.buffer += data
        *lines, self.buffer = self.buffer.split(self.terminator)
        if len(self.buffer) > MAX_LINE:
            log.warning("dropping %d bytes with no line end (check the suffix setting)", len(self.buffer))
            self.buffer = b""
        out = []
        for raw in lines:
            text = raw.decode("utf-8", errors="replace").strip()
            if self.strip_prefix and text.startswith(self.strip_prefix):
                text = text[len(self.strip_prefix) :]
            if self.strip_suffix and text.endswith(self.strip_suffix):
                text = text[: -len(self.strip_suffix)]
            text = text.strip()
            if text:
                out.append(text)
        return out


Opener = Callable[[], serial.SerialBase]


class SerialListener:
    """Reads the scanner until stopped; reconnects with backoff when the port goes away.

    `on_state` gets "connected", "disconnected: <reason>" and "retrying" (each change once);
    `on_scan` gets each complete, stripped line. Both run on the listener's thread.
    """

    def __init__(
        self,
        settings: ScannerSettings,
        on_scan: Callable[[str], None],
        on_state: Callable[[str], None] | None = None,
        opener: Opener | None = None,
        max_backoff: float = 2.0,
        read_timeout: float = 0.1,
    ) -> None:
        self.settings = settings
        self.on_scan = on_scan
        self.on_state = on_state or (lambda s: None)
        self.opener = opener or self._open
        self.max_backoff = max_backoff
        self.read_timeout = read_timeout
        self.lines = LineAssembler(settings.terminator(), settings.strip_prefix, settings.strip_suffix)
        self.state = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -------------------------------------------------------------- control

    def start(self) -> SerialListener:
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="scanner", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def stopping(self) -> threading.Event:
        return self._stop

    # -------------------------------------------------------------- the loop

    def _open(self) -> serial.SerialBase:
        port: str | None = self.settings.port
        if not port or port == "auto":
            port = detect_port()
            if port is None:
                raise serial.SerialException("no serial port found")
        return serial.serial_for_url(port, baudrate=self.settings.baud, timeout=self.read_timeout)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            log.info("scanner %s: %s", self.settings.port, state)
            try:
                self.on_state(state)
            except Exception:  # a broken receiver must not stop the scanner
                log.exception("scanner state callback failed")

    def run(self, stop: threading.Event | None = None) -> None:
        """The blocking loop; returns once `stop` (or `self.stop()`) is set."""
        stop = stop or self._stop
        backoff = 0.05
        last_reason = None
        while not (stop.is_set() or self._stop.is_set()):
            try:
                port = self.opener()
            except Exception as e:  # SerialException, OSError: no device (yet)
                reason = f"disconnected: {e}"
                if reason != last_reason:  # the same failure again is not news
                    self._set_state(reason)
                    last_reason = reason
            else:
                backoff, last_reason = 0.05, None
                self._set_state(CONNECTED)
                failure = self._pump(port, stop)
                try:
                    port.close()
                except Exception:
                    pass
                if failure is None:
                    break
                last_reason = f"disconnected: {failure}"
                self._set_state(last_reason)
            if stop.wait(backoff) or self._stop.is_set():
                break
            self._set_state(RETRYING)
            backoff = min(backoff * 2, self.max_backoff)
        self._set_state("stopped")

    def _pump(self, port: serial.SerialBase, stop: threading.Event) -> str | None:
        """Read until stopped (None) or the port fails (the reason)."""
        while not stop.is_set() and not self._stop.is_set():
            try:
                data = port.read(port.in_waiting or 1)
            except Exception as e:  # the cable was pulled or the pty's peer went away
                return str(e) or type(e).__name__
            if not data:
                continue
            for line in self.lines.feed(data):
                try:
                    self.on_scan(line)
                except Exception:
                    log.exception("scan callback failed for %r", line)
        return None
