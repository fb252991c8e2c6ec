"""Registering a complaint (R1-R4 p.18) on one of a person's applications.

Any question of the service may be the subject. The answer term comes from the
regulation data and is flagged there "to confirm": the dialog says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import cards, complaints, status, workflow
from desk_app.core.clock import now
from desk_app.core.errors import KenseError

from . import notify
from .dates import picked_date
from .screen_fit import resize_within_screen
from .session import Session


def term_text(number: str) -> tuple[str, str]:
    """(label, tooltip) of the application's complaint answer term, "to confirm" shown."""
    term = complaints.answer_term(number)
    if term is None:
        return QCoreApplication.translate(
            "ComplaintDialog", "Жауап беру мерзімі регламент деректерінде жоқ"
        ), ""
    units = {
        "calendar_days": QCoreApplication.translate("ComplaintDialog", "күнтізбелік күн"),
        "working_days": QCoreApplication.translate("ComplaintDialog", "жұмыс күні"),
        "minutes": QCoreApplication.translate("ComplaintDialog", "минут"),
    }
    label = (
        QCoreApplication.translate("ComplaintDialog", "Жауап беру мерзімі: %1 %2")
        .replace("%1", str(term.limit))
        .replace("%2", units.get(term.unit, term.unit))
    )
    tip = ""
    if term.to_confirm:
        label += " " + QCoreApplication.translate("ComplaintDialog", "(расталуы керек)")
        tip = QCoreApplication.translate(
            "ComplaintDialog",
            "Мерзім регламент деректерінде «расталуы керек» деп белгіленген: "
            "стандарттың 5-бөлімі бойынша тексеріңіз",
        )
    return label, tip


class ComplaintDialog(QDialog):
    registered = Signal(object)  # the new Complaint

    def __init__(
        self, person_id: int, session: Session, number: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Шағымды тіркеу"))
        resize_within_screen(self, 560, 420)
        lang = notify.current_lang()
        apps = status.card_applications(person_id)
        self.app_combo = QComboBox()
        self.app_combo.setObjectName("complaintApplication")
        for a in apps:
            self.app_combo.addItem(f"{a.number} — {a.service_name.get(lang)}", a.id)
        if number:
            i = next((k for k, a in enumerate(apps) if a.number == number), 0)
            self.app_combo.setCurrentIndex(i)
        self.received_edit = QDateEdit(QDate.currentDate())
        self.received_edit.setObjectName("complaintReceived")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")
        self.from_edit = QLineEdit(cards.card(person_id).full_name if apps else "")
        self.from_edit.setObjectName("complaintFrom")
        self.subject_edit = QPlainTextEdit()
        self.subject_edit.setObjectName("complaintSubject")
        self.subject_edit.setTabChangesFocus(True)
        self.subject_edit.setPlaceholderText(
            self.tr(
                "Мемлекеттік қызмет көрсетудің кез келген мәселесі (мерзім, қызметкердің "
                "әрекеті, құжаттар, нәтиже …)"
            )
        )
        self.addressee_combo = QComboBox()
        self.addressee_combo.setObjectName("complaintAddressee")
        self.addressee_combo.setEditable(True)
        self.term_label = QLabel()
        self.term_label.setObjectName("complaintTerm")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Өтініш:"), self.app_combo)
        form.addRow(self.tr("Шағым түскен күн:"), self.received_edit)
        form.addRow(self.tr("Кімнен:"), self.from_edit)
        form.addRow(self.tr("Мәні:"), self.subject_edit)
        form.addRow(self.tr("Кімге:"), self.addressee_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Т&іркеу"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болдырмау"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.term_label)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        self.app_combo.currentIndexChanged.connect(self._on_app)
        self._on_app()

    def application(self) -> Any:
        """The chosen application, read by its number (None when there is none)."""
        app_id = self.app_combo.currentData()
        return workflow.read_application(app_id) if app_id is not None else None

    def _on_app(self) -> None:
        app = self.application()
        if app is None:
            self.term_label.setText("")
            return
        lang = notify.current_lang()
        label, tip = term_text(app.number)
        self.term_label.setText(label)
        self.term_label.setToolTip(tip)
        keep = self.addressee_combo.currentText()
        self.addressee_combo.clear()
        roles = workflow.wording_of(app).roles
        for code in ("head", "center_head"):
            if code in roles and (code == "head" or app.channel == "center"):
                self.addressee_combo.addItem(roles[code].get(lang))
        if keep:
            self.addressee_combo.setCurrentText(keep)

    def save(self) -> Any:
        app, user = self.application(), self.session.user
        if app is None or user is None:
            self.error_label.setText(
                notify.error_text(notify.no_role()) if user is None else self.tr("Өтінішті таңдаңыз")
            )
            return None
        day = picked_date(self.received_edit)
        try:
            c = complaints.register(
                app,
                user,
                day,
                self.from_edit.text(),
                self.subject_edit.toPlainText(),
                self.addressee_combo.currentText(),
                at=now(),
            )
        except KenseError as e:
            self.error_label.setText(notify.error_text(e))
            return None
        self.registered.emit(c)
        self.accept()
        return c


def can_register(session: Session) -> bool:
    return any(session.holds(r) for r in complaints.REGISTER_ROLES)
