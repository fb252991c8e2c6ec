"""The settings dialog (forms/settings.ui): office, workstation profile, language, idle lock,
the serial scanner."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from desk_app.core import access, office
from desk_app.core import settings as office_settings
from desk_app.core.errors import KenseError

from . import notify, prefs
from .generated.ui_settings import Ui_SettingsDialog
from .prefs import ROLES
from .screen_fit import resize_within_screen
from .session import User
from .signals import app_signals


def serial_ports() -> list[str]:
    from desk_app.devices.serial_reader import comports

    return sorted(p.device for p in comports())


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, user: User | None = None) -> None:
        super().__init__(parent)
        self.user = user  # the admin saving office-wide settings (audited under their login)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.languageCombo.addItem("Қазақша", "kk")
        self.ui.languageCombo.addItem("Русский", "ru")
        self.office = office.get_office()  # the office's identity lives in core.office only
        self.ui.officeNameEdit.setText(self.office["office_name"])
        self.ui.districtEdit.setText(self.office["district"])
        self.ui.languageCombo.setCurrentIndex(prefs.LANGS.index(prefs.language()))
        self.ui.idleSpin.setValue(prefs.idle_minutes())
        self.ui.scannerPortEdit.addItems(["", "auto", *serial_ports()])
        self.ui.scannerPortEdit.setCurrentText(prefs.scanner_port())
        self.ui.scannerBaudSpin.setValue(prefs.scanner_baud())
        for code, label in (("cr", "CR"), ("lf", "LF"), ("crlf", "CR LF"), ("tab", "Tab")):
            self.ui.scannerSuffixCombo.addItem(label, code)
        self.ui.scannerSuffixCombo.setCurrentIndex(
            self.ui.scannerSuffixCombo.findData(prefs.scanner_suffix())
        )
        self._add_office_name_ru()
        self._add_wedge_rows()
        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.ui.formLayout.addRow(self.error_label)
        chosen = prefs.profile()
        for role in ROLES:
            self.role_box(role).setChecked(role in chosen)
        self.head_reads_box = QCheckBox(self.tr("Басшы басқа рөлдердің беттерін оқи алады (өзгертпей)"))
        self.head_reads_box.setObjectName("headReadsAll")
        self.head_reads_box.setChecked(access.head_sees_all())
        self.ui.profileLayout.addWidget(self.head_reads_box)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сақтау"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болдырмау"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        # An office's name runs to 60-80 letters: wide enough to read it whole, from its start.
        resize_within_screen(self, 780, self.sizeHint().height())
        for edit in (self.ui.officeNameEdit, self.office_name_ru_edit, self.ui.districtEdit):
            edit.setCursorPosition(0)

    def _add_office_name_ru(self) -> None:
        """The office's name for Russian screens and papers (office-wide, audited)."""
        self.office_name_ru_edit = QLineEdit(self.office["office_name_ru"])
        self.office_name_ru_edit.setObjectName("officeNameRuEdit")
        self.office_name_ru_edit.setPlaceholderText(self.tr("бос болса, қазақша атауы"))
        label = QLabel(self.tr("Мекеменің атауы (орысша):"))
        label.setBuddy(self.office_name_ru_edit)
        row = self.ui.formLayout.getWidgetPosition(self.ui.officeNameEdit)[0] + 1
        self.ui.formLayout.insertRow(row, label, self.office_name_ru_edit)

    def _add_wedge_rows(self) -> None:
        """The keyboard-wedge scanner's prefix and a field to scan into now, to try it."""
        self.prefix_edit = QLineEdit(prefs.scanner_prefix())
        self.prefix_edit.setObjectName("scannerPrefixEdit")
        self.prefix_edit.setMaxLength(4)
        self.prefix_edit.setToolTip(
            self.tr(
                "Сканер әр кодтың алдынан жіберетін таңба(лар) (мысалы §). Бос болса, "
                "адам тере алмайтын жылдамдықтағы пернелер ғана сканерлеу деп танылады."
            )
        )
        self.scan_test_edit = QLineEdit()
        self.scan_test_edit.setObjectName("scanTestEdit")
        self.scan_test_edit.setPlaceholderText(self.tr("осында тұрып штрих-кодты сканерлеңіз"))
        self.scan_test_label = QLabel()
        self.scan_test_label.setObjectName("scanTestLabel")
        self.scan_test_label.setWordWrap(True)
        form = self.ui.formLayout
        label = QLabel(self.tr("Сканер префиксі:"))
        label.setBuddy(self.prefix_edit)
        form.addRow(label, self.prefix_edit)
        test_label = QLabel(self.tr("Сканерді тексеру:"))
        test_label.setBuddy(self.scan_test_edit)
        form.addRow(test_label, self.scan_test_edit)
        form.addRow("", self.scan_test_label)
        self.scan_test_edit.returnPressed.connect(self._typed_test)
        app_signals().scan_received.connect(self._scanned_test)

    def _scanned_test(self, payload: str) -> None:
        self.scan_test_label.setText(self.tr("Сканерлеу танылды: %1").replace("%1", payload.strip()[:40]))

    def _typed_test(self) -> None:
        """The burst reached the field as typing: say whether the prefix being set would catch it."""
        text, prefix = self.scan_test_edit.text(), self.prefix_edit.text().strip()
        if prefix and text.startswith(prefix):
            self.scan_test_label.setText(self.tr("Префикс келді: сақтағаннан кейін бұл сканер танылады"))
        else:
            self.scan_test_label.setText(
                self.tr("Бұл пернетақтадан теру деп танылды: сканерге префикс бағдарламалап, осында жазыңыз")
            )
        self.scan_test_edit.clear()

    def done(self, result: int) -> None:
        try:
            app_signals().scan_received.disconnect(self._scanned_test)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def role_box(self, role: str) -> QCheckBox:
        return getattr(self.ui, f"role_{role}")

    def save(self) -> None:
        """Office-wide settings first (in the database, audited, the admin's: they may refuse),
        then this PC's own ones (per-user QSettings)."""
        if self.user is not None:
            ui = self.ui
            typed = (ui.officeNameEdit.text(), ui.districtEdit.text(), self.office_name_ru_edit.text())
            # untouched fields are not a new identity (and an office not named yet must not
            # block this PC's own settings)
            if [" ".join(v.split()) for v in typed] != [self.office[k] for k in office.KEYS]:
                office.set_office(typed[0], typed[1], self.user, typed[2])
            office_settings.set_setting(
                access.HEAD_SEES_ALL, "1" if self.head_reads_box.isChecked() else "0", self.user
            )
        prefs.set_language(self.ui.languageCombo.currentData())
        prefs.set_idle_minutes(self.ui.idleSpin.value())
        prefs.set_profile([r for r in ROLES if self.role_box(r).isChecked()])
        # read by the scanner hub at the next start of the desk
        prefs.set_scanner(
            self.ui.scannerPortEdit.currentText(),
            self.ui.scannerBaudSpin.value(),
            self.ui.scannerSuffixCombo.currentData(),
        )
        prefs.set_scanner_prefix(self.prefix_edit.text())

    def accept(self) -> None:
        try:
            self.save()
        except KenseError as e:  # an empty office name, a user no longer admin…
            self.error_label.setText(notify.error_text(e))
            return
        super().accept()
