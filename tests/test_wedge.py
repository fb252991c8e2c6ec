"""Keyboard-wedge scanners: a fast burst ending in Enter is a scan, typing is left alone.

Key events carry controlled timestamps (the gaps), so nothing here depends on how fast
the test machine is; Cyrillic is sent as QKeyEvents, never with keyClicks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desk_app.devices.wedge import WedgeFilter


@pytest.fixture
def form(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    edit, other = QLineEdit(), QLineEdit()
    lay.addWidget(edit)
    lay.addWidget(other)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    edit.setFocus()
    wedge = WedgeFilter(min_length=6, max_gap_ms=40).install()
    entered = []
    edit.returnPressed.connect(lambda: entered.append(edit.text()))
    yield w, edit, other, wedge, entered
    wedge.uninstall()


def _key(target, ch: str, ts: int, key: int | None = None) -> None:
    if key is None:
        key = ord(ch.upper()) if ch.isascii() else 0
    for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        ev = QKeyEvent(et, key, Qt.KeyboardModifier.NoModifier, ch)
        ev.setTimestamp(ts)
        QApplication.sendEvent(target, ev)


def _enter(target, ts: int) -> None:
    _key(target, "\r", ts, Qt.Key.Key_Return)


def _burst(target, text: str, start: int, gap: int) -> int:
    t = start
    for ch in text:
        _key(target, ch, t)
        t += gap
    return t


def test_fast_burst_with_enter_is_a_scan_not_typing(qtbot, form):
    _, edit, _, wedge, entered = form
    edit.setText("Серік")
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as sig:
        t = _burst(edit, "2026-000123", 10_000, 4)
        _enter(edit, t)
    assert sig.args == ["2026-000123"]
    assert edit.text() == "Серік" and entered == []  # neither typed nor "Enter"ed
    assert wedge.pending == ""


def test_human_typing_reaches_the_field_in_order(qtbot, form):
    _, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "2026-000123", 20_000, 120)  # 120 ms between keys: a person
    _enter(edit, t)
    assert edit.text() == "2026-000123" and entered == ["2026-000123"]
    assert got == []


def test_short_fast_burst_is_replayed(qtbot, form):
    _, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "ok12", 30_000, 5)  # fast, but shorter than a code
    _enter(edit, t)
    assert edit.text() == "ok12" and entered == ["ok12"] and got == []


def test_held_keys_are_replayed_when_typing_stops(qtbot, form):
    _, edit, _, wedge, _ = form
    _burst(edit, "ab", 40_000, 10)  # no Enter follows: the timer gives them back
    assert edit.text() == ""
    qtbot.waitUntil(lambda: edit.text() == "ab", timeout=1000)


def test_cyrillic_typing_and_kazakh_layout_scan(qtbot, form):
    _, edit, _, wedge, _ = form
    t = _burst(edit, "Әбдіқұлы", 50_000, 150)
    qtbot.waitUntil(lambda: edit.text() == "Әбдіқұлы", timeout=1000)
    # the same code typed by a scanner while the Kazakh layout is active
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as sig:
        t = _burst(edit, 'әқә,өқққ"әі', t + 1000, 3)
        _enter(edit, t)
    from desk_app.core.scanning import normalize

    assert normalize(sig.args[0]) == "2026-000123"
    assert edit.text() == "Әбдіқұлы"


def test_typing_then_scan_then_typing(qtbot, form):
    _, edit, other, wedge, _ = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "ab", 60_000, 200)  # a person types two letters
    t = _burst(edit, "2026-000007", t + 300, 2)  # the scanner fires
    _enter(edit, t)
    other.setFocus()
    _burst(other, "xy", t + 500, 200)
    qtbot.waitUntil(lambda: other.text() == "xy", timeout=1000)
    assert got == ["2026-000007"] and edit.text() == "ab"


def test_non_printable_key_ends_a_burst_as_typing(qtbot, form):
    _, edit, _, wedge, _ = form
    t = _burst(edit, "abc", 70_000, 5)
    _key(edit, "", t, Qt.Key.Key_Backspace)
    assert edit.text() == "ab"  # replayed in order, then Backspace applied


def test_through_the_window_system_path(qtbot, form):
    """Keys delivered like real input (to the window, then routed to the focused field)."""
    from PySide6.QtTest import QTest

    w, edit, _, fixture_wedge, entered = form
    fixture_wedge.uninstall()
    # A wide gap, so a loaded machine cannot make back-to-back clicks look like typing.
    wedge = WedgeFilter(min_length=6, max_gap_ms=250).install()
    win = w.windowHandle()
    try:
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as sig:
            for ch in "2026-000123":  # back to back: faster than any person
                QTest.keyClick(win, ch)
            QTest.keyClick(win, Qt.Key.Key_Return)
        assert sig.args == ["2026-000123"] and edit.text() == "" and entered == []
        for ch in "ab":
            QTest.keyClick(win, ch, Qt.KeyboardModifier.NoModifier, 300)  # a person typing
        QTest.keyClick(win, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 300)
        assert edit.text() == "ab" and entered == ["ab"]
    finally:
        wedge.uninstall()
        fixture_wedge.install()
