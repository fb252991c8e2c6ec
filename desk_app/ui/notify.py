"""Telling the clerk: KenseError in the interface language, confirmations, plain notes.

Every message box of the work tabs goes through here, so tests replace these three
functions instead of clicking modal dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.core.errors import KenseError, PermissionDenied


def current_lang() -> str:
    """"kk" or "ru": the application's `kense_lang` property, else the UI locale."""
    app = QCoreApplication.instance()
    lang = app.property("kense_lang") if app is not None else None
    if lang in ("kk", "ru"):
        return lang
    return "ru" if QLocale().language() == QLocale.Language.Russian else "kk"


def error_text(exc: KenseError) -> str:
    return exc.ru if current_lang() == "ru" else exc.kk


def show_error(parent: QWidget | None, exc: KenseError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("notify", "Қате"), error_text(exc))


def ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("notify", "Растау"), text)
    return answer == QMessageBox.StandardButton.Yes


def info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("notify", "Хабар"), text)


def no_role() -> KenseError:
    return PermissionDenied("Бұл әрекетке құқығыңыз жоқ", "У вас нет права на это действие", "user")
