"""The keys, the pictures and the step record of `tools/desk_walk.py`: a person at one desk.

Keys go through the window system path: `QTest` on the focused QWindow (Cyrillic as key
events carrying the letter), with the office's recorded 20-40 ms between keys.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

SIZE = (1366, 768)
GAPS = [20, 35, 25, 30, 20, 40]  # a person's rhythm, as the office recorded it
NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Walk:
    """The desk, the keys and the record of what each step did."""

    def __init__(self, app: QApplication, win, out: Path) -> None:
        self.app, self.win, self.out = app, win, out
        self.n = 0
        self.gap = 0
        self.keys = 0
        self.in_key = False
        self.failed: list[str] = []
        self.findings: list[str] = []
        self.step_mouse = False
        self.seen_boxes: list[str] = []
        self.watch = QTimer(interval=60)  # a blocking question inside a key press: answer it
        self.watch.timeout.connect(self._answer_question)
        self.watch.start()

    # -- keys
    def pause(self, ms: int | None = None) -> None:
        QTest.qWait(ms if ms is not None else GAPS[self.gap % len(GAPS)])
        self.gap += 1

    def window(self):
        """Where the window system sends keys: the focused window. With no window manager
        nothing is re-activated when a dialog closes; do what a window manager does."""
        fw = QGuiApplication.focusWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and fw is not modal.windowHandle():
            fw = None  # a dialog just opened: the window manager puts it in front
        if fw is None:
            top = modal or self.win
            top.activateWindow()
            QTest.qWait(20)
            fw = QGuiApplication.focusWindow() or top.windowHandle()
        return fw

    def key(self, k, mods=NO) -> None:
        self.pause()
        self.keys += 1
        self.in_key = True
        try:
            QTest.keyClick(self.window(), k, mods)
        finally:
            self.in_key = False
        if mods != NO:  # QTest leaves the modifier "held" in the application's state
            QTest.keyRelease(self.window(), Qt.Key.Key_Control)
            QTest.keyRelease(self.window(), Qt.Key.Key_Shift)
            QTest.keyRelease(self.window(), Qt.Key.Key_Alt)

    def alt(self, letter: str) -> None:
        """Alt+letter, a Cyrillic one as the Kazakh/Russian layout sends it."""
        if letter.isascii():
            self.key(letter, ALT)
            return
        self.pause()
        self.keys += 1
        self.in_key = True
        try:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, self.window(), Qt.Key(ord(letter.upper())), letter.lower(), ALT
            )
        finally:
            self.in_key = False
        QTest.keyRelease(self.window(), Qt.Key.Key_Alt)

    def type(self, text: str) -> None:
        for ch in text:
            self.pause()
            self.keys += 1
            if ch.isascii():
                QTest.keyClick(self.window(), ch)
            else:  # QTest's ASCII table aborts on Cyrillic: the key event carries the letter
                QTest.sendKeyEvent(QTest.KeyAction.Click, self.window(), Qt.Key.Key_unknown, ch, NO)

    def click(self, widget: QWidget, why: str) -> None:
        """The mouse, where the keyboard could not: a FINDING."""
        self.pause()
        self.step_mouse = True
        self.finding(f"mouse needed: {why}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def finding(self, text: str) -> None:
        line = f"step {self.n + 1}: {text}"
        self.findings.append(line)
        print("   FINDING:", text)

    def _answer_question(self) -> None:
        m = QApplication.activeModalWidget()
        if not (self.in_key and isinstance(m, QMessageBox)):
            return
        self.seen_boxes.append(" ".join(m.text().split()))
        self.shoot_now(f"{self.n + 1:02d}-question")
        print("   question:", self.seen_boxes[-1], "→ Enter")
        QTest.keyClick(m.windowHandle(), Qt.Key.Key_Return)

    # -- what the screen shows
    def focus_text(self) -> str:
        w = QApplication.focusWidget()
        if w is None:
            return "nowhere"
        name = w.objectName() or ""
        if isinstance(w, QLineEdit):
            name = name or w.placeholderText()[:30]
        elif isinstance(w, QAbstractButton | QLabel):
            name = name or w.text()
        elif isinstance(w, QComboBox):
            name = name or w.currentText()[:30]
        return f"{type(w).__name__}({name})" if name else type(w).__name__

    def dialogs(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.win and w.isVisible() and isinstance(w, QDialog | QMessageBox)
        ]

    def screen_text(self) -> str:
        parts = []
        if self.win.notices.count():
            parts.append("notice: " + self.win.notices.item(0).text())
        tab = self.win.tabs.currentWidget()
        intake = getattr(tab, "intake", None)
        if intake is not None and intake.isVisible() and intake.status_label.text():
            parts.append("status: " + intake.status_label.text())
        from desk_app.ui.queue_view import QueueView

        for q in tab.findChildren(QueueView) if tab is not None else []:
            if q.isVisible():
                parts.append(f"queue: {q.count_label.text()} ({q.model.rowCount()} rows)")
        parts.append("focus: " + self.focus_text())
        parts += [f"dialog: «{d.windowTitle()}» {d.width()}×{d.height()}" for d in self.dialogs()]
        return " | ".join(parts)

    def shoot_now(self, name: str) -> Path:
        """The main window with every open dialog centred over it, as on a 1366×768 screen."""
        canvas = QPixmap(*SIZE)
        canvas.fill(QColor("#303030"))
        p = QPainter(canvas)
        p.drawPixmap(0, 0, self.win.grab())
        for d in self.dialogs():
            at = QPoint((SIZE[0] - d.width()) // 2, (SIZE[1] - d.height()) // 2)
            p.drawPixmap(at, d.grab())
        p.end()
        path = self.out / f"{name}.png"
        canvas.save(str(path))
        return path

    # -- steps
    def step(self, name: str, what: str, check: Callable[[], str | None]) -> bool:
        """Settle, shoot, check the effect, print the line. `check` returns why it failed."""
        self.pause(120)
        self.window()  # a closed dialog: the window manager gives the focus back
        self.n += 1
        for d in self.dialogs():
            if d.width() > SIZE[0] or d.height() > SIZE[1] - 40:
                self.finding(
                    f"dialog «{d.windowTitle()}» is {d.width()}×{d.height()}: taller/wider than the screen"
                )
        self.shoot_now(f"{self.n:02d}-{name}")
        try:
            why = check()
        except Exception as e:  # noqa: BLE001 - the walk reports and goes on
            why = f"{type(e).__name__}: {e}"
        how = "MOUSE" if self.step_mouse else "keyboard"
        self.step_mouse = False
        mark = "OK  " if why is None else "FAIL"
        print(f"{self.n:02d} {mark} [{how}] {what}\n     screen: {self.screen_text()}")
        if why is not None:
            print(f"     expected effect missing: {why}")
            self.failed.append(f"{self.n:02d} {what}: {why}")
        return why is None
