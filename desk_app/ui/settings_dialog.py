"""The settings dialog (forms/settings.ui): office, workstation profile, language, idle lock,
the serial scanner."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from desk_app.core.models import OfficeSetting

from . import prefs
from .generated.ui_settings import Ui_SettingsDialog
from .prefs import ROLES


def serial_ports() -> list[str]:
    from serial.tools import list_ports

    return sorted(p.device for p in list_ports.comports())


def office_setting(key: str) -> str:
    row = OfficeSetting.get_or_none(OfficeSetting.key == key)
    return row.value if row else ""


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.languageCombo.addItem("Қазақша", "kk")
        self.ui.languageCombo.addItem("Русский", "ru")
        self.ui.officeNameEdit.setText(prefs.office_name() or office_setting("office_name"))
        self.ui.districtEdit.setText(prefs.district() or office_setting("district"))
        self.ui.languageCombo.setCurrentIndex(prefs.LANGS.index(prefs.language()))
        self.ui.idleSpin.setValue(prefs.idle_minutes())
        self.ui.scannerPortEdit.addItems(["", "auto", *serial_ports()])
        self.ui.scannerPortEdit.setCurrentText(prefs.scanner_port())
        self.ui.scannerBaudSpin.setValue(prefs.scanner_baud())
        for code, label in (("cr", "CR"), ("lf", "LF"), ("crlf", "CR LF"), ("tab", "Tab")):
            self.ui.scannerSuffixCombo.addItem(label, code)
        self.ui.scannerSuffixCombo.setCurrentIndex(
            self.ui.scannerSuffixCombo.findData(prefs.scanner_suffix()))
        chosen = prefs.profile()
        for role in ROLES:
            self.role_box(role).setChecked(role in chosen)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сақтау"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болдырмау"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def role_box(self, role: str) -> QCheckBox:
        return getattr(self.ui, f"role_{role}")

    def save(self) -> None:
        prefs.set_office_name(self.ui.officeNameEdit.text())
        prefs.set_district(self.ui.districtEdit.text())
        prefs.set_language(self.ui.languageCombo.currentData())
        prefs.set_idle_minutes(self.ui.idleSpin.value())
        prefs.set_profile([r for r in ROLES if self.role_box(r).isChecked()])
        # read by the scanner hub at the next start of the desk
        prefs.set_scanner(self.ui.scannerPortEdit.currentText(), self.ui.scannerBaudSpin.value(),
                          self.ui.scannerSuffixCombo.currentData())

    def accept(self) -> None:
        self.save()
        super().accept()
