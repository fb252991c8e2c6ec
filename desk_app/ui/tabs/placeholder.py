"""A role's tab until its real class lands: the role's queue, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


class QueueOnlyTab(RoleTab):
    """Shows the queue of `role`; subclasses created by `placeholder_tab` set the role."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.queue = QueueView(self.role)
        QVBoxLayout(self).addWidget(self.queue)

    def refresh(self) -> None:
        self.queue.reload()


def placeholder_tab(role: str) -> type[RoleTab]:
    return type(f"QueueOnlyTab_{role}", (QueueOnlyTab,), {"role": role})
