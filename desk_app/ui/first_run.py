"""An empty database: offer the demo office, or start empty with a first administrator.

The install helper's first-run wizard, when present (`desk_app.ui.first_run_wizard.run_wizard`),
takes over the "start empty" branch.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import auth
from desk_app.core.errors import KenseError
from desk_app.core.models import User

from . import notify

SMOKE_DEMO = {"persons": 20, "applications": 40}


def needs_setup() -> bool:
    return not User.select().exists()


def load_demo_office(progress: Callable[[int, int], None] | None = None, **sizes: int) -> dict[str, int]:
    """Build the demo office in the (empty) database; what happens when the clerk accepts the offer."""
    from desk_app.core.demo import build_demo

    return build_demo(progress=progress, **sizes)


def create_first_admin(login: str, surname: str, name: str, pin: str) -> User:
    """The first user of an empty office holds every role, so the office can start work at once."""
    return auth.create_user(login, surname, name, list(auth.ALL_ROLES), pin, by="first-run")


class CreateAdminDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Бірінші пайдаланушы"))
        self.login, self.surname, self.name, self.pin = (
            QLineEdit("admin"),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Логин:"), self.login)
        form.addRow(self.tr("Тегі:"), self.surname)
        form.addRow(self.tr("Аты:"), self.name)
        form.addRow(self.tr("PIN:"), self.pin)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Бос кеңсе: әкімшіні жасаңыз (барлық рөлдер беріледі).")))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _create(self) -> None:
        try:
            create_first_admin(self.login.text(), self.surname.text(), self.name.text(), self.pin.text())
        except KenseError as e:
            self.error.setText(notify.error_text(e))
            return
        self.accept()


def _wizard() -> Callable[[QWidget | None], bool] | None:
    try:
        return importlib.import_module("desk_app.ui.first_run_wizard").run_wizard
    except (ImportError, AttributeError):
        return None


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
    wizard = _wizard()
    if wizard is not None:
        return bool(wizard(parent)) and not needs_setup()
    return CreateAdminDialog(parent).exec() == QDialog.DialogCode.Accepted
