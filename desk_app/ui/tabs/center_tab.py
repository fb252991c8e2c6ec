"""Center inspector: intake on the Center channel (step 1, receipt), and the results
coming back — "result arrived" when the folder is scanned in, then "issue" (step 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desk_app.core import actions, workflow

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

    def _offered(self) -> list[tuple[str, frozenset[str]]]:
        """Each selected row's number with what the engine allows on it now."""
        user = self.acting_user()
        uid = user.id if user is not None else None
        return [(r.number, actions.available_actions(r.number, uid)) for r in self.queue.selected_rows()]

    def _update_buttons(self) -> None:
        offered = self._offered()
        self.arrived_button.setEnabled(any("arrive" in acts for _n, acts in offered))
        self.issue_button.setEnabled(len(offered) == 1 and "issue" in offered[0][1])

    def mark_arrived(self) -> int:
        """The selected folders in transit are at the Center now (marked by hand)."""
        rows = [r for r in self.queue.selected_rows() if r.state == workflow.IN_TRANSIT]
        return self.act_on_rows(
            rows,
            workflow.result_arrived,
            lambda n: self.tr("Келді: %n", "", n),
            self.tr("Жолдағы нәтижені таңдаңыз"),
        )

    def issue_selected(self) -> bool:
        rows = self.queue.selected_rows()
        if len(rows) != 1:
            self.show_message(self.tr("Берілетін бір өтінішті таңдаңыз"))
            return False
        who = self.issued_to_edit.text()  # the engine refuses an empty recipient
        done = self.act(
            lambda user: workflow.issue(rows[0].number, user.id, who),
            self.tr("Берілді: %1").replace("%1", rows[0].number),
        )
        if done is not None:
            self.issued_to_edit.clear()
        else:
            self.issued_to_edit.setFocus()
        return done is not None

    def handle_scan(self, payload: str) -> bool:
        """A result folder scanned at the Center while the results page is in front."""
        return self.scan_into_queue(self.queue, payload)
