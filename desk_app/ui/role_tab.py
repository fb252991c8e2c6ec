"""The small shared base of every role's tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.core.models import User

from .session import Session


class RoleTab(QWidget):
    """A tab acts only for a signed-in user who holds its `role`.

    Subclasses build their widgets in `__init__`, refresh in `refresh()` and call
    `self.acting_user()` before any action (None → nothing happens, the tab says why).
    """

    role: str = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.user_changed.connect(self._on_user_changed)

    def acting_user(self) -> User | None:
        return self.session.user if self.session.holds(self.role) else None

    def _on_user_changed(self, user: User | None) -> None:
        self.setEnabled(self.session.holds(self.role))
        self.refresh()

    def refresh(self) -> None:
        """Reload what the tab shows (override)."""
