"""Keyboard-wedge scanners: a fast burst ending in Enter is a scan; typing is never held,
delayed, reordered or lost.

Two kinds of test. Unit tests send key events with controlled timestamps (the gaps), so
nothing depends on how fast the machine is. The timing tests replay what the office
recorded — 20, 35, 45 ms between keys, Tab after a completer, Space then Ctrl+Enter at
10 ms, a click 20 ms after the last key, 12 digits + Enter at 20 ms — through the window
system path (`QTest.keyClick` on the QWindow, stamped by Qt's own clock) with real waits.
Cyrillic is sent as QKeyEvents, never with keyClicks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.devices.wedge import WedgeFilter

NO = Qt.KeyboardModifier.NoModifier


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
    wedge = WedgeFilter().install()
    entered = []
    edit.returnPressed.connect(lambda: entered.append(edit.text()))
    yield w, edit, other, wedge, entered
    wedge.uninstall()


def _key(target, ch: str, ts: int, key: int | None = None) -> None:
    if key is None:
        key = ord(ch.upper()) if ch.isascii() else 0
    for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        ev = QKeyEvent(et, key, NO, ch)
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


# ------------------------------------------------------------------ what is a scan


def test_fast_burst_with_enter_is_a_scan_and_leaves_the_field_as_it_was(qtbot, form):
    _, edit, _, wedge, entered = form
    edit.setText("Серік")
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as sig:
        t = _burst(edit, "2026-000123", 10_000, 4)
        _enter(edit, t)
    assert sig.args == ["2026-000123"]
    assert edit.text() == "Серік" and entered == []  # the scanner's letters removed, no Enter


def test_five_ms_burst_is_one_scan(qtbot, form):
    _, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "2026-000042", 11_000, 5)
    _enter(edit, t + 5)
    assert got == ["2026-000042"] and edit.text() == "" and entered == []


def test_keys_reach_the_field_at_once(qtbot, form):
    """Nothing is held: each key is in the field before the next one is sent."""
    _, edit, _, _wedge, _ = form
    seen = []
    t = 12_000
    for ch in "Nurlan":
        _key(edit, ch, t)
        seen.append(edit.text())
        t += 3  # even scanner-fast
    assert seen == ["N", "Nu", "Nur", "Nurl", "Nurla", "Nurlan"]


@pytest.mark.parametrize("gap", [20, 35, 45])
def test_typing_at_people_speeds_is_never_a_scan(qtbot, form, gap):
    _, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "870412300123", 20_000, gap)  # an IIN typed by hand
    _enter(edit, t + gap)
    assert edit.text() == "870412300123" and entered == ["870412300123"] and got == []


def test_short_fast_burst_is_typing(qtbot, form):
    _, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "ok12", 30_000, 5)  # fast, but shorter than a code
    _enter(edit, t)
    assert edit.text() == "ok12" and entered == ["ok12"] and got == []


def test_password_field_is_never_a_scan(qtbot, form):
    """A password manager types the PIN fast and presses Enter: that is a sign-in."""
    _, edit, _, wedge, entered = form
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "000000", 31_000, 3)
    _enter(edit, t + 3)
    assert edit.text() == "000000" and entered == ["000000"] and got == []


def test_cyrillic_typing_and_kazakh_layout_scan(qtbot, form):
    _, edit, _, wedge, _ = form
    t = _burst(edit, "Әбдіқұлы", 50_000, 150)
    assert edit.text() == "Әбдіқұлы"
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
    assert got == ["2026-000007"] and edit.text() == "ab" and other.text() == "xy"


def test_scan_right_after_fast_typing_keeps_the_typing(qtbot, form):
    """A person's key 30 ms before the scanner's burst stays in the field."""
    _, edit, _, wedge, _ = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "ab", 61_000, 30)
    t = _burst(edit, "2026-000008", t, 3)
    _enter(edit, t)
    assert got == ["2026-000008"] and edit.text() == "ab"


def test_backspace_and_arrows_are_the_persons(qtbot, form):
    _, edit, _, wedge, _ = form
    got = []
    wedge.scanned.connect(got.append)
    t = _burst(edit, "abc", 70_000, 5)
    _key(edit, "", t, Qt.Key.Key_Backspace)
    t = _burst(edit, "def", t + 5, 5)
    _enter(edit, t)
    assert edit.text() == "abdef" and got == []  # the Backspace split what was fast


def test_prefix_makes_a_slow_scanner_a_scan(qtbot, form):
    """A scanner programmed to send a prefix is recognised at any rate up to 40 ms a key."""
    _, edit, _, wedge, entered = form
    wedge.configure(prefix="§")
    got = []
    wedge.scanned.connect(got.append)
    edit.setText("Алма")
    edit.setCursorPosition(4)
    t = _burst(edit, "§2026-000009", 80_000, 25)
    _enter(edit, t)
    assert got == ["2026-000009"] and edit.text() == "Алма" and entered == []
    # and the same rate without the prefix is typing
    t = _burst(edit, "2026", t + 500, 25)
    _enter(edit, t)
    assert got == ["2026-000009"] and edit.text() == "Алма2026"


# ------------------------------------------------------------------ people's timings, real waits


def _type_ascii(qtbot, window, text: str, gap: int) -> None:
    """Type like a person: `gap` ms of real time before each key (QTest's window overload
    takes no delay of its own), each key stamped by Qt's clock."""
    for ch in text:
        qtbot.wait(gap)
        QTest.keyClick(window, ch, NO)


@pytest.mark.parametrize("gap", [20, 35, 45])
def test_real_typing_through_the_window_system(qtbot, form, gap):
    w, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    _type_ascii(qtbot, w.windowHandle(), "Nurlan 870412", gap)
    qtbot.wait(gap)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Return, NO)
    assert edit.text() == "Nurlan 870412" and entered == ["Nurlan 870412"] and got == []


def test_twelve_digits_and_enter_at_20ms_are_typing(qtbot, form):
    w, edit, _, wedge, entered = form
    got = []
    wedge.scanned.connect(got.append)
    _type_ascii(qtbot, w.windowHandle(), "870412300123", 20)
    qtbot.wait(20)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Return, NO)
    assert entered == ["870412300123"] and got == []


def test_click_20ms_after_the_last_key_sees_every_letter(qtbot, form):
    w, edit, _, _wedge, _ = form
    button = QPushButton("issue", w)
    w.layout().addWidget(button)
    qtbot.waitUntil(button.isVisible)
    seen = []
    button.clicked.connect(lambda: seen.append(edit.text()))
    edit.setFocus()
    _type_ascii(qtbot, w.windowHandle(), "Nurlan", 25)
    qtbot.wait(20)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, NO, QPoint(5, 5))
    assert seen == ["Nurlan"]


def test_through_the_window_system_a_burst_is_a_scan(qtbot, form):
    w, edit, _, fixture_wedge, entered = form
    fixture_wedge.uninstall()
    # Back-to-back clicks are faster than anybody types; allow a loaded machine 60 ms.
    wedge = WedgeFilter(max_gap_ms=250, scan_mean_ms=60).install()
    win = w.windowHandle()
    try:
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as sig:
            for ch in "2026-000123":
                QTest.keyClick(win, ch)
            QTest.keyClick(win, Qt.Key.Key_Return)
        assert sig.args == ["2026-000123"] and edit.text() == "" and entered == []
        _type_ascii(qtbot, win, "ab", 300)  # a person typing
        qtbot.wait(300)
        QTest.keyClick(win, Qt.Key.Key_Return, NO)
        assert edit.text() == "ab" and entered == ["ab"]
    finally:
        wedge.uninstall()
        fixture_wedge.install()


def test_a_scans_enter_fires_no_enter_shortcut_but_a_persons_does(qtbot, form):
    """The Enter that ends a scan is claimed at ShortcutOverride: a window's Enter shortcut
    (or default button) never sees it; a person's Enter still reaches it."""
    from PySide6.QtGui import QKeySequence, QShortcut

    w, edit, _, fixture_wedge, _ = form
    fixture_wedge.uninstall()
    wedge = WedgeFilter(max_gap_ms=250, scan_mean_ms=60).install()
    fired = []
    QShortcut(QKeySequence(Qt.Key.Key_Return), w, lambda: fired.append(edit.text()))
    win = w.windowHandle()
    try:
        with qtbot.waitSignal(wedge.scanned, timeout=2000):
            for ch in "2026-000123":
                QTest.keyClick(win, ch)
            QTest.keyClick(win, Qt.Key.Key_Return)
        assert fired == [] and edit.text() == ""
        _type_ascii(qtbot, win, "ab", 300)
        qtbot.wait(300)
        QTest.keyClick(win, Qt.Key.Key_Return)
        assert fired == ["ab"]
    finally:
        wedge.uninstall()
        fixture_wedge.install()


def test_settings_scan_test_field(qtbot, users):
    """Settings → "scan now": a recognised scan is named; a burst that arrived as typing
    says whether the prefix being set would catch it."""
    from desk_app.ui.settings_dialog import SettingsDialog
    from desk_app.ui.signals import app_signals

    dlg = SettingsDialog(None, users["admin"])
    qtbot.addWidget(dlg)
    app_signals().scan_received.emit("2026-000001")
    assert dlg.scan_test_label.text() == "Сканерлеу танылды: 2026-000001"
    dlg.prefix_edit.setText("§")
    dlg.scan_test_edit.setText("§2026-000001")
    dlg.scan_test_edit.returnPressed.emit()
    assert dlg.scan_test_label.text().startswith("Префикс келді")
    dlg.scan_test_edit.setText("2026-000001")
    dlg.scan_test_edit.returnPressed.emit()
    assert dlg.scan_test_label.text().startswith("Бұл пернетақтадан теру")
    dlg.accept()
    from desk_app.ui import prefs

    assert prefs.scanner_prefix() == "§"


def test_a_scan_into_a_list_or_combo_leaves_its_choice_alone(qtbot):
    """Keys reach a list or a combo box at once and search in it; a scan puts the choice back."""
    from PySide6.QtWidgets import QComboBox, QListWidget

    w = QWidget()
    lay = QVBoxLayout(w)
    combo, items = QComboBox(), QListWidget()
    combo.addItems(["1. бір", "2. екі", "3. үш"])
    items.addItems(["Әлия", "2026 жылғы", "Бақыт"])
    lay.addWidget(combo)
    lay.addWidget(items)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    wedge = WedgeFilter().install()
    got = []
    wedge.scanned.connect(got.append)
    try:
        for widget, before in ((combo, 2), (items, 0)):
            widget.setCurrentIndex(before) if widget is combo else widget.setCurrentRow(before)
            w.activateWindow()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus, timeout=1000)
            t = _burst(widget, "2026-000123", 90_000 + before * 1000, 3)
            _enter(widget, t)
            now = widget.currentIndex() if widget is combo else widget.currentRow()
            assert now == before
        assert got == ["2026-000123", "2026-000123"]
    finally:
        wedge.uninstall()
