"""Dispatch inspector (step 2): folders waiting to be sent to the authorized body."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.core import workflow

from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


class DispatchTab(RoleTab):
    role = "dispatch_inspector"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.queue = QueueView(self.role)
        self.send_button = QPushButton(self.tr("Таңдалғандарды жіберілді деп белгілеу"))
        self.send_button.setObjectName("markSent")
        self.send_button.clicked.connect(self.mark_selected_sent)
        self.queue.activated.connect(lambda _row: self.mark_selected_sent())
        hint = QLabel(self.tr("Бумаларды уәкілетті органға жіберу: штрих-кодты сканерлеңіз "
                              "немесе жолды таңдап, батырманы басыңыз."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.queue, 1)
        lay.addLayout(buttons)

    def refresh(self) -> None:
        self.queue.reload()

    def mark_selected_sent(self) -> int:
        """Mark every selected folder as sent by hand (empty scan payload); the count sent."""
        rows = self.queue.selected_rows()
        return self.act_on_rows(rows, lambda app, user: workflow.dispatch(app, user, payload=""),
                                self.tr("Жіберілді: %n", "", len(rows)),
                                self.tr("Алдымен кестеден өтінішті таңдаңыз"))

    def handle_scan(self, payload: str) -> bool:
        """A folder's barcode scanned while this tab is in front: that folder is sent."""
        if not self.isVisible():
            return False
        self.record_scan(payload)
        return True
