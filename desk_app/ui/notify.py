"""Telling the clerk, one way everywhere: a `KenseError` in the interface language (never its
field code), `tell` for every message (the window's notice area, else a non-blocking box),
`run_batch` for an action over many rows, `ask` for the one blocking question.

Message boxes open non-modally (`open()`), so tests and the scanner keep running; `ask` is
the one blocking question and tests replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.core.errors import KenseError, PermissionDenied

from . import i18n


def current_lang() -> str:
    return i18n.current()


def error_text(exc: KenseError) -> str:
    """A domain error in the current language, as a sentence: the field code (`pin`,
    `grounds`) is for programs and logs, never shown to the clerk."""
    return exc.ru if current_lang() == "ru" else exc.kk


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(
        icon, QCoreApplication.translate("notify", "Кеңсе"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("notifyMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def tell(widget: QWidget, text: str, error: bool = True) -> None:
    """Tell the clerk without taking the keyboard: the window's notice area (with the time);
    a widget standing alone shows an error in a non-blocking box and a success in its
    window's status bar."""
    notices = getattr(widget.window(), "notices", None)
    if notices is not None:
        notices.post(text, error=error)
        return
    if not error:
        win = widget.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(text, 8000)
        return
    _box(widget, QMessageBox.Icon.Warning, text)


def show_error(parent: QWidget | None, exc: KenseError) -> None:
    _box(parent, QMessageBox.Icon.Warning, error_text(exc))


def info(parent: QWidget | None, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, text)


def ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("notify", "Кеңсе"), text)
    return answer == QMessageBox.StandardButton.Yes


def no_role() -> KenseError:
    return PermissionDenied("Бұл әрекетке құқығыңыз жоқ", "У вас нет права на это действие", "user")


@dataclass
class BatchResult:
    """What an action over many rows did: the numbers that went through and the refused ones
    with the engine's reason."""

    done: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)

    def report(self, done_text: Callable[[int], str]) -> str:
        """ "N done" in the tab's words, then "M refused:" and one line per refused row."""
        if not self.refused:
            return done_text(len(self.done))
        if not self.done and len(self.refused) == 1:
            return self.refused[0][1]  # one row, refused: the reason is the whole message
        head = (
            QCoreApplication.translate("notify", "Орындалды: %1, қабылданбады: %2:")
            .replace("%1", str(len(self.done)))
            .replace("%2", str(len(self.refused)))
        )
        return "\n".join([head, *(f"{number}: {why}" for number, why in self.refused)])


def run_batch(numbers: Sequence[str], do: Callable[[str], Any]) -> BatchResult:
    """Run `do(number)` for every number, one transaction each; a refused row is noted and
    the batch goes on (what went through stays done)."""
    result = BatchResult()
    for number in numbers:
        try:
            do(number)
        except KenseError as e:
            result.refused.append((number, error_text(e)))
        else:
            result.done.append(number)
    return result
