"""Center inspector: intake on the Center channel (step 1, receipt), and the results
coming back — "result arrived" when the folder is scanned in, then "issue" (step 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desk_app.core import workflow
from desk_app.core.models import Application

from ..intake import IntakeWidget
from ..queue_view import QueueView
from ..role_tab import RoleTab
from ..session import Session


class CenterTab(RoleTab):
    role = "center_inspector"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intake = IntakeWidget(session, self.role, "center")
        self.queue = QueueView(self.role)
        self.arrived_button = QPushButton(self.tr("Нәтиже ке&лді"))
        self.arrived_button.setObjectName("resultArrived")
        self.issued_to_edit = QLineEdit()
        self.issued_to_edit.setObjectName("issuedTo")
        self.issued_to_edit.setPlaceholderText(self.tr("Кім алды (аты-жөні, сенімхат)"))
        who = QLabel(self.tr("&Алушы:"))
        who.setBuddy(self.issued_to_edit)
        self.issue_button = QPushButton(self.tr("Тұтынушыға &беру"))
        self.issue_button.setObjectName("issueResult")
        for b in (self.arrived_button, self.issue_button):
            b.setAutoDefault(True)
        results = QWidget()
        lay = QVBoxLayout(results)
        hint = QLabel(
            self.tr(
                "Уәкілетті органнан келетін нәтижелер: бума келгенде штрих-кодты "
                "сканерлеңіз (немесе «Нәтиже келді»), содан соң тұтынушыға беріңіз."
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.queue, 1)
        row = QHBoxLayout()
        row.addWidget(self.arrived_button)
        row.addSpacing(24)
        row.addWidget(who)
        row.addWidget(self.issued_to_edit, 1)
        row.addWidget(self.issue_button)
        lay.addLayout(row)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.intake, self.tr("&Қабылдау"))
        self.pages.addTab(results, self.tr("&Нәтижелер"))
        QVBoxLayout(self).addWidget(self.pages)

        self.arrived_button.clicked.connect(self.mark_arrived)
        self.issue_button.clicked.connect(self.issue_selected)
        self.issued_to_edit.returnPressed.connect(self.issue_selected)
        self.queue.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self.queue.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self.queue.selected_rows()
        self.arrived_button.setEnabled(any(r.state == workflow.IN_TRANSIT for r in rows))
        self.issue_button.setEnabled(len(rows) == 1 and rows[0].state != workflow.IN_TRANSIT)

    def mark_arrived(self) -> int:
        """The selected folders in transit are at the Center now (marked by hand)."""
        rows = [r for r in self.queue.selected_rows() if r.state == workflow.IN_TRANSIT]
        return self.act_on_rows(
            rows,
            workflow.result_arrived,
            self.tr("Келді: %n", "", len(rows)),
            self.tr("Жолдағы нәтижені таңдаңыз"),
        )

    def issue_selected(self) -> bool:
        rows = self.queue.selected_rows()
        if len(rows) != 1:
            self.show_message(self.tr("Берілетін бір өтінішті таңдаңыз"))
            return False
        who = self.issued_to_edit.text().strip()
        if not who:
            self.show_message(self.tr("Нәтижені кім алғанын жазыңыз"))
            self.issued_to_edit.setFocus()
            return False
        done = self.act(
            lambda user: workflow.issue(Application.get_by_id(rows[0].app_id), user, who),
            self.tr("Берілді: %1").replace("%1", rows[0].number),
        )
        if done is not None:
            self.issued_to_edit.clear()
        return done is not None

    def handle_scan(self, payload: str) -> bool:
        """A result folder scanned at the Center while the results page is in front."""
        return self.scan_into_queue(self.queue, payload)
