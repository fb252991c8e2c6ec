"""Who is signed in at this PC. The head may walk up and switch; idle time locks it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.core import auth
from desk_app.core.workflow_steps import Actor as User  # shown, and handed back by id


class Session(QObject):
    user_changed = Signal(object)  # User or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user: User | None = None

    @property
    def user(self) -> User | None:
        return self._user

    def sign_in(self, login: str, pin: str) -> User:
        """Authenticate (raises KenseError with kk/ru text) and make the user current."""
        user: User = auth.authenticate(login, pin)
        self._user = user
        self.user_changed.emit(user)
        return user

    def sign_out(self) -> None:
        self._user = None
        self.user_changed.emit(None)

    def holds(self, role: str) -> bool:
        return self._user is not None and self._user.has_role(role)
