"""Office clerk (step 3): folders arriving from the Center, plus a page for direct intake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desk_app.core import workflow

from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


class OfficeClerkTab(RoleTab):
    """Two pages: "from the Center" (here) and the direct-applicant intake (`add_intake`)."""

    role = "office_clerk"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pages = QTabWidget()
        self.pages.setObjectName("officeClerkPages")
        self.pages.setDocumentMode(True)
        arrivals = QWidget()
        self.queue = QueueView(self.role)
        self.register_button = QPushButton(self.tr("Қа&былдап, тіркеу"))
        self.register_button.setObjectName("registerReceived")
        self.register_button.clicked.connect(self.register_selected)
        self.queue.activated.connect(lambda _row: self.register_selected())
        self.queue.selection_changed.connect(self._update_buttons)
        hint = QLabel(self.tr("Орталықтан келген құжаттар: қабылдап, тіркеп, басшыға беріңіз."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(arrivals)
        lay.addWidget(hint)
        lay.addWidget(self.queue, 1)
        lay.addLayout(buttons)
        self.pages.addTab(arrivals, self.tr("Орталықтан келген&дер"))
        QVBoxLayout(self).addWidget(self.pages)

    # -- the place for the direct-applicant intake (gui2)
    def add_intake(self, widget: QWidget, title: str) -> None:
        """Put the direct-applicant intake page first and show it."""
        self.pages.insertTab(0, widget, title)
        self.pages.setCurrentIndex(0)

    def refresh(self) -> None:
        self.queue.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.register_button.setEnabled("register" in self.offered_on(self.queue.selected_rows()))

    def register_selected(self) -> int:
        rows = self.queue.selected_rows()
        return self.act_on_rows(
            rows,
            workflow.register_received,
            self._registered,
            self.tr("Алдымен кестеден өтінішті таңдаңыз"),
        )

    def _registered(self, n: int) -> str:
        # Not self.tr: PySide6 looks a plural up under the object's own class only
        # (OfficeClerkDeskTab), where the catalogue has none: Kazakh on a Russian desk.
        return QCoreApplication.translate("OfficeClerkTab", "Тіркелді: %n", None, n)

    def handle_scan(self, payload: str) -> bool:
        """A folder scanned on arrival while the arrivals page is in front."""
        return self.scan_into_queue(self.queue, payload)
