"""Keyboard-wedge (HID) scanners: a fast burst of keys ending in Enter is a scan, not typing.

Installed on the QApplication, the filter never holds a key back: every key reaches the
focused widget at once and in order, so a person typing at any speed loses nothing and a
click or shortcut right after the last key sees every letter. The filter only *watches*.
When Enter arrives it looks back at the keys just typed into the same widget: if at least
`min_length` of them came as one burst (every gap under `max_gap_ms`, on average at most
`scan_mean_ms` apart — faster than people type, even fast typists at 20 ms) or the burst
starts with the scanner's configured `prefix`, it is a scan: that Enter is swallowed, the
widget is put back as it was before the burst (the scanner's letters are removed) and
`scanned(str)` is emitted. Password fields never turn into scans (password managers type
fast too). Anything else — Tab, Space, arrows, Backspace, shortcuts, a click, a focus
change — just ends the burst and is left to the widget.

Gaps come from the events' own timestamps (the window system's clock); events without
one (synthesized) are timed by the monotonic clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TYPING_MODS = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.KeypadModifier,
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
)
_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


def _editor(w: QWidget) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text a key typed into `w` lands in (a spin box or combo edits through a line edit)."""
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return w
    if isinstance(w, QComboBox):
        return w.lineEdit()
    if isinstance(w, QAbstractSpinBox):
        return w.findChild(QLineEdit)
    return None


def _snapshot(w: QWidget) -> tuple[str, int] | None:
    """What a key can change in `w`: its text and cursor, or (a list, a combo box that
    searches as keys come) the current row."""
    ed = _editor(w)
    if isinstance(ed, QLineEdit):
        return ed.text(), ed.cursorPosition()
    if isinstance(ed, (QPlainTextEdit, QTextEdit)):
        return ed.toPlainText(), ed.textCursor().position()
    if isinstance(w, QComboBox):
        return "", w.currentIndex()
    if isinstance(w, QAbstractItemView):
        return "", w.currentIndex().row()
    return None


def _restore(w: QWidget, snap: tuple[str, int] | None) -> None:
    if snap is None:
        return
    ed = _editor(w)
    if ed is None:
        if isinstance(w, QComboBox) and w.currentIndex() != snap[1]:
            w.setCurrentIndex(snap[1])
        elif isinstance(w, QAbstractItemView) and w.model() is not None and snap[1] >= 0:
            w.setCurrentIndex(w.model().index(snap[1], max(w.currentIndex().column(), 0)))
        return
    text, pos = snap
    if isinstance(ed, QLineEdit):
        completer = ed.completer()
        ed.setText(text)
        ed.setCursorPosition(pos)
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()
    else:
        ed.setPlainText(text)
        cur = ed.textCursor()
        cur.setPosition(min(pos, len(text)), QTextCursor.MoveMode.MoveAnchor)
        ed.setTextCursor(cur)


def _is_password(w: QWidget) -> bool:
    ed = _editor(w)
    return isinstance(ed, QLineEdit) and ed.echoMode() != QLineEdit.EchoMode.Normal


@dataclass
class _Key:
    target: QWidget
    text: str
    at_ms: float
    before: tuple[str, int] | None  # the widget's text and cursor before this key


class WedgeFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        min_length: int = 6,
        max_gap_ms: float = 40.0,
        scan_mean_ms: float = 12.0,
        prefix: str = "",
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self.scan_mean_ms = scan_mean_ms
        self.prefix = prefix
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self._keys: list[_Key] = []
        self._swallow_release: set[int] = set()
        self._burst_start: _Key | None = None  # the first key of the scan `_scan_end` found

    def install(self, app: QCoreApplication | None = None) -> WedgeFilter:
        target = app or QCoreApplication.instance()
        if target is not None:
            target.installEventFilter(self)
        return self

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        self._keys = []
        target = app or QCoreApplication.instance()
        if target is not None:
            target.removeEventFilter(self)

    def configure(self, prefix: str | None = None, scan_mean_ms: float | None = None) -> None:
        """Settings changed: a scanner prefix, or a slower scanner's key rate."""
        if prefix is not None:
            self.prefix = prefix
        if scan_mean_ms is not None:
            self.scan_mean_ms = scan_mean_ms

    # -------------------------------------------------------------- the filter

    def _stamp(self, event: QKeyEvent) -> float:
        ts = event.timestamp()
        return float(ts) if ts else self._clock()

    @staticmethod
    def _recipient(obj: QObject) -> QWidget | None:
        """The widget a key is meant for, once per key (not again for each parent it
        propagates to, nor for the window that routes it)."""
        if not isinstance(obj, QWidget):
            return None
        # The window's own focus widget: the application's may be None while keys still
        # arrive (a window shown with no window manager to activate it).
        focus = QApplication.focusWidget() or obj.window().focusWidget()
        if obj is focus or obj is obj.window().focusWidget():
            return obj
        if obj.windowType() == Qt.WindowType.Popup:  # a completer's list types into its field
            return obj.focusProxy() or obj
        if focus is None and obj.isWindow():
            return obj
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        et = event.type()
        if et in _MOUSE:
            self._keys = []  # a click ends any burst: the next keys are someone's typing
            return False
        if et not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        target = self._recipient(obj)
        if target is None:
            return False
        key = event.key()
        if et == QEvent.Type.KeyRelease:
            if key in self._swallow_release and not event.isAutoRepeat():
                self._swallow_release.discard(key)
                return True
            return False
        if key in _MODIFIER_KEYS:
            return False  # a scanner presses Shift for capitals: neither data nor an end
        now = self._stamp(event)
        if key in _ENTER and event.modifiers() in _TYPING_MODS and not event.isAutoRepeat():
            if et == QEvent.Type.ShortcutOverride:
                # Claim a scan's Enter before any Enter shortcut or default button sees it.
                payload = self._scan_end(target, now)
                if payload is None:
                    return False
                event.accept()
                return True
            payload = self._scan_end(target, now)
            if payload is None:
                self._keys = []
                return False  # a person's Enter: the widget has it
            self._swallow_release.add(key)
            if self._burst_start is not None:
                _restore(self._burst_start.target, self._burst_start.before)
            self._keys = []
            self.scanned.emit(payload)
            return True
        if et == QEvent.Type.ShortcutOverride:
            return False
        text = event.text()
        if (
            len(text) == 1
            and text.isprintable()
            and not event.isAutoRepeat()
            and event.modifiers() in _TYPING_MODS
        ):
            last = self._keys[-1] if self._keys else None
            if last is None or last.target is not target or now - last.at_ms >= self.max_gap_ms:
                self._keys = []
            self._keys.append(_Key(target, text, now, _snapshot(target)))
            return False  # the key goes on to the widget, now
        self._keys = []  # Tab, Space-less keys, arrows, Backspace, shortcuts: a person's
        return False

    def _scan_end(self, target: QWidget, now: float) -> str | None:
        """The scanned code when the keys just typed into `target` and this Enter are a scan."""
        keys = self._keys
        if not keys or keys[-1].target is not target or now - keys[-1].at_ms >= self.max_gap_ms:
            return None
        if _is_password(target):
            return None
        text = "".join(k.text for k in keys)
        if self.prefix:
            at = text.rfind(self.prefix)
            if at >= 0:
                self._burst_start = keys[at]  # one key per character: the prefix's first
                code = text[at + len(self.prefix) :]
                return code if code else None
        # Drop a person's slower keys at the front: a scan is the fast tail.
        i = 0
        while i < len(keys) - 1 and keys[i + 1].at_ms - keys[i].at_ms > self.scan_mean_ms * 2:
            i += 1
        burst = keys[i:]
        if len(burst) < self.min_length:
            return None
        mean = (burst[-1].at_ms - burst[0].at_ms) / (len(burst) - 1)
        if mean > self.scan_mean_ms:
            return None
        self._burst_start = burst[0]
        return "".join(k.text for k in burst)

    @property
    def pending(self) -> str:
        """Nothing is ever held back; kept for callers that asked."""
        return ""
