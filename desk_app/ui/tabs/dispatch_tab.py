"""Dispatch inspector (step 2): folders waiting to be sent to the authorized body."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.core import bundles, workflow
from desk_app.core.clock import now

from .. import i18n, intake
from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


class DispatchTab(RoleTab):
    role = "dispatch_inspector"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.queue = QueueView(self.role)
        self.send_button = QPushButton(self.tr("Таңдалғандарды жіберілді деп &белгілеу"))
        self.send_button.setObjectName("markSent")
        self.send_button.clicked.connect(self.mark_selected_sent)
        self.queue.activated.connect(lambda _row: self.mark_selected_sent())
        self.queue.selection_changed.connect(self._update_buttons)
        self.register_button = QPushButton(self.tr("Бүгінгі жіберу тізілімін басып &шығару"))
        self.register_button.setObjectName("printRegister")
        self.register_button.clicked.connect(self.print_register)
        hint = QLabel(
            self.tr(
                "Бумаларды уәкілетті органға жіберу: штрих-кодты сканерлеңіз "
                "немесе жолды таңдап, батырманы басыңыз."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.queue, 1)
        lay.addLayout(buttons)

    def refresh(self) -> None:
        self.queue.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.send_button.setEnabled("dispatch" in self.offered_on(self.queue.selected_rows()))

    def mark_selected_sent(self) -> int:
        """Mark every selected folder as sent by hand (empty scan payload); the count sent."""
        rows = self.queue.selected_rows()
        return self.act_on_rows(
            rows,
            lambda number, user: workflow.dispatch(number, user, payload=""),
            lambda n: self.tr("Жіберілді: %n", "", n),
            self.tr("Алдымен кестеден өтінішті таңдаңыз"),
        )

    def print_register(self):
        """Today's dispatch register of the signed-in inspector (the bundle's list with a
        barcode per line and the signatures), through the print preview."""
        user = self.acting_user()
        if user is None:
            self.refuse_stranger()
            return None
        sent = bundles.bundle_of(user, now().date())
        if not sent:
            self.show_message(self.tr("Бүгін әлі ештеңе жіберілген жоқ"))
            return None
        return intake.open_print_preview(sent[0].number, "register", i18n.current(), user, self)

    def handle_scan(self, payload: str) -> bool:
        """A folder's barcode scanned while this tab is in front: that folder is sent."""
        if not self.isVisible():
            return False
        self.record_scan(payload)
        return True
