"""Telling the clerk outside a RoleTab's `act`: KenseError in the interface language,
confirmations, plain notes. Message boxes open non-modally (`open()`), so tests and the
scanner keep running; `ask` is the one blocking question and tests replace it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.core.errors import KenseError, PermissionDenied

from . import i18n


def current_lang() -> str:
    return i18n.current()


def error_text(exc: KenseError) -> str:
    return exc.ru if current_lang() == "ru" else exc.kk


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(
        icon, QCoreApplication.translate("notify", "Кеңсе"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("notifyMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: KenseError) -> None:
    _box(parent, QMessageBox.Icon.Warning, error_text(exc))


def info(parent: QWidget | None, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, text)


def ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("notify", "Кеңсе"), text)
    return answer == QMessageBox.StandardButton.Yes


def no_role() -> KenseError:
    return PermissionDenied("Бұл әрекетке құқығыңыз жоқ", "У вас нет права на это действие", "user")
