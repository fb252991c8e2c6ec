"""Keyboard-wedge (HID) scanners: a fast burst of keys ending in Enter is a scan, not typing.

Installed on the QApplication, the filter holds printable keys back for a moment. If
they come faster than a person types (every gap under `max_gap_ms`), number at least
`min_length` and end in Enter, they are emitted as `scanned(str)` and never reach the
focused field. Otherwise they are replayed, in order, to the widget they were meant for,
so typing by hand works as before (each key arrives a few tens of ms late).

Gaps come from the events' own timestamps (the window system's clock); events without
one (synthesized) are timed by the monotonic clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_TYPING_MODS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                Qt.KeyboardModifier.KeypadModifier)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock)


@dataclass
class _Held:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at_ms: float


class WedgeFilter(QObject):
    scanned = Signal(str)

    def __init__(self, min_length: int = 6, max_gap_ms: float = 40.0,
                 clock: Callable[[], float] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self._buffer: list[_Held] = []
        self._swallowed: set[int] = set()  # keys whose press we held: swallow their release
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Enter may come a little after the last character; past this the burst is typing.
        self._timer.setInterval(int(max_gap_ms * 2))
        self._timer.timeout.connect(self.flush)

    def install(self, app: QCoreApplication | None = None) -> WedgeFilter:
        (app or QCoreApplication.instance()).installEventFilter(self)
        return self

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        self.flush()
        (app or QCoreApplication.instance()).removeEventFilter(self)

    # -------------------------------------------------------------- the filter

    def _stamp(self, event: QKeyEvent) -> float:
        ts = event.timestamp()
        return float(ts) if ts else self._clock()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        et = event.type()
        if self._replaying or et not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if et == QEvent.Type.KeyRelease:
            if key in self._swallowed and not event.isAutoRepeat():
                self._swallowed.discard(key)
                return True
            return False
        if key in _MODIFIER_KEYS:
            return False  # a scanner presses Shift for capitals: neither data nor an end
        now = self._stamp(event)
        if key in _ENTER and event.modifiers() in _TYPING_MODS:
            return self._enter(key, now)
        text = event.text()
        if (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
                and event.modifiers() in _TYPING_MODS):
            if self._buffer and now - self._buffer[-1].at_ms >= self.max_gap_ms:
                self.flush()  # a pause: what was held is typing
            self._buffer.append(_Held(obj, key, event.modifiers(), text, now))
            self._swallowed.add(key)
            self._timer.start()
            return True
        self.flush()  # any other key (arrows, Backspace, shortcuts) ends a burst as typing
        return False

    def _enter(self, key: int, now: float) -> bool:
        buf = self._buffer
        fast = all(b.at_ms - a.at_ms < self.max_gap_ms for a, b in zip(buf, buf[1:], strict=False))
        if len(buf) >= self.min_length and fast and now - buf[-1].at_ms < 2 * self.max_gap_ms:
            self._timer.stop()
            self._buffer = []
            self._swallowed.add(key)
            self.scanned.emit("".join(h.text for h in buf))
            return True
        self.flush()
        return False  # Enter itself goes on to the field, after the replayed keys

    def flush(self) -> None:
        """Replay held keys, in order, to the widgets they were meant for."""
        self._timer.stop()
        held, self._buffer = self._buffer, []
        if not held:
            return
        self._replaying = True
        try:
            for h in held:
                for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    ev = QKeyEvent(et, h.key, h.modifiers, h.text)
                    try:
                        QCoreApplication.sendEvent(h.target, ev)
                    except RuntimeError:  # the widget was closed meanwhile
                        break
        finally:
            self._replaying = False

    @property
    def pending(self) -> str:
        return "".join(h.text for h in self._buffer)
