"""The sign-in dialog (forms/sign_in.ui): login + PIN; wrong PIN and lock-out shown in kk/ru."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from desk_app.core.access import sign_in_logins
from desk_app.core.errors import KenseError

from . import notify
from .generated.ui_sign_in import Ui_SignInDialog
from .session import Session


class SignInDialog(QDialog):
    """Signs a person in to `session`; stays open on a wrong PIN. Open it with `open()`."""

    def __init__(self, session: Session, parent: QWidget | None = None, login: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        # The window system adds the app's name ("… — Кеңсе"): the title names only the step.
        self.setWindowTitle(self.tr("Кіру"))
        self.ui.loginEdit.setText(login)
        logins = sign_in_logins()
        completer = QCompleter(logins, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.loginEdit.setCompleter(completer)
        (self.ui.pinEdit if login else self.ui.loginEdit).setFocus()
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Кіру"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болдырмау"))

    def try_sign_in(self) -> bool:
        try:
            self.session.sign_in(self.ui.loginEdit.text(), self.ui.pinEdit.text())
        except KenseError as e:
            self.ui.errorLabel.setText(notify.error_text(e))
            self.ui.pinEdit.clear()
            self.ui.pinEdit.setFocus()
            return False
        self.ui.errorLabel.clear()
        self.accept()
        return True
