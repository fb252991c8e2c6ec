"""An empty database: offer the demo office, or start empty through the first-run wizard
(`first_run_wizard.run_wizard`: the administrator, the office and this PC's profile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict, Unpack

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desk_app.core import users

from .first_run_wizard import run_wizard


class DemoSizes(TypedDict, total=False):
    """`build_demo`'s size arguments."""

    persons: int
    applications: int


SMOKE_DEMO: DemoSizes = {"persons": 20, "applications": 40}


def needs_setup() -> bool:
    return not users.office_has_users()


def load_demo_office(
    progress: Callable[[int, int], None] | None = None, **sizes: Unpack[DemoSizes]
) -> dict[str, int]:
    """Build the demo office in the (empty) database; what happens when the clerk accepts the offer."""
    from desk_app.core.demo.demo import build_demo

    return build_demo(progress=progress, **sizes)


def offer_first_run(parent: QWidget | None = None) -> bool:
    """Interactive (blocking) offer at start-up; True when the office now has a user."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FirstRun", "Кеңсе"),
        QCoreApplication.translate(
            "FirstRun", "Дерекқор бос. Демо кеңсені жүктейміз бе, әлде бос бастаймыз ба?"
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    demo = box.addButton(
        QCoreApplication.translate("FirstRun", "Демо кеңсені жүктеу"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("FirstRun", "Бос бастау"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)  # Enter: the README's start opens over a demo office
    box.exec()
    if box.clickedButton() is demo:
        dlg = QProgressDialog(
            QCoreApplication.translate("FirstRun", "Демо кеңсе жасалуда…"), "", 0, 100, parent
        )
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.ApplicationModal)
        dlg.setMinimumDuration(300)

        def progress(done: int, total: int) -> None:
            dlg.setMaximum(total)
            dlg.setValue(done)
            QApplication.processEvents()

        load_demo_office(progress)
        dlg.close()
        return True
    return run_wizard(parent) and not needs_setup()
