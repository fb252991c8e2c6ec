"""Who is signed in at this PC. The head may walk up and switch; idle time locks it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desk_app.core import auth


class User(Protocol):
    """The signed-in user as the desk sees it: who they are, never a database row to query.
    (`auth.authenticate` gives it; the engine is asked by its `id`.)"""

    id: int
    login: str

    @property
    def full_name(self) -> str: ...

    @property
    def short_name(self) -> str: ...

    def has_role(self, role: str) -> bool: ...


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
