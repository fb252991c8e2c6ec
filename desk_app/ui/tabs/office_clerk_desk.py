"""The office clerk's tab with the direct-applicant intake (services 2-4, talon) in front."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..intake import IntakeWidget
from ..session import Session
from .office_clerk_tab import OfficeClerkTab


class OfficeClerkDeskTab(OfficeClerkTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intake = IntakeWidget(session, self.role, "direct")
        self.add_intake(self.intake, self.tr("Тікелей &қабылдау"))
