"""The first-run wizard: office, workstation profile, first administrator, scanner and printer tests.

Shown when the database has no users and the clerk declines the demo office
(`desk_app.ui.first_run.offer_first_run` calls `run_wizard`). Texts are in both languages: the
PC's language is chosen on the first page. Nothing is written until Finish; then the
administrator and the office's name and district go in one transaction (audited by the domain),
and the PC's preferences (language, workstation tabs) into QSettings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF, QRectF, Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app.core import auth, office
from desk_app.core.db import transaction
from desk_app.core.errors import KenseError, ValidationError
from desk_app.core.regulation import ROLES

from . import prefs
from .session import User
from .signals import app_signals

log = logging.getLogger("kense.first_run")

ROLE_LABELS = {
    "center_inspector": "Орталық инспекторы / Инспектор Центра",
    "dispatch_inspector": "Жинақтау бөлімінің инспекторы / Инспектор накопительного отдела",
    "office_clerk": "Кеңсе қызметкері / Сотрудник канцелярии",
    "head": "Басшы / Руководитель",
    "executor": "Орындаушы / Исполнитель",
}


def store_profile(roles: list[str]) -> list[str]:
    """Save the workstation profile where the desk reads it (`prefs.profile`)."""
    chosen = [r for r in ROLES if r in roles]
    prefs.set_profile(chosen)
    return chosen


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("error")
    lab.setStyleSheet("color: #b00020;")
    lab.setWordWrap(True)
    return lab


def _note(text: str) -> QLabel:
    """A page's explanation: wrapped in the page body (a QWizard subtitle clips long text)."""
    lab = QLabel(text)
    lab.setObjectName("note")
    lab.setWordWrap(True)
    return lab


def _show_error(label: QLabel, e: KenseError) -> None:
    label.setText(f"{e.kk}\n{e.ru}")


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Мекеме / Учреждение")
        self.note = _note(
            "Қағаздарда басылатын атауы мен ауданы. / Название и район, которые печатаются на документах."
        )
        self.name = QLineEdit()
        self.name.setObjectName("officeName")
        self.name.setPlaceholderText("… ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі")
        self.district = QLineEdit()
        self.district.setObjectName("district")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(1 if prefs.language() == "ru" else 0)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow("Мекеменің атауы / Название:", self.name)
        form.addRow("Аудан / Район:", self.district)
        form.addRow("Тіл / Язык:", self.language)
        form.addRow(self.error)
        self.registerField("officeName*", self.name)
        self.registerField("district*", self.district)

    def validatePage(self) -> bool:
        self.error.clear()
        for field, edit in (("office_name", self.name), ("district", self.district)):
            if len(" ".join(edit.text().split())) > office.MAX_LEN:
                _show_error(
                    self.error,
                    ValidationError(
                        f"Тым ұзын (ең көбі {office.MAX_LEN} таңба)",
                        f"Слишком длинно (не более {office.MAX_LEN} символов)",
                        field=field,
                    ),
                )
                return False
        return True


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Жұмыс орны / Рабочее место")
        lay = QVBoxLayout(self)
        lay.addWidget(
            _note(
                "Осы компьютерде қай рөлдердің қойындылары ашылады? / Вкладки каких ролей "
                "открываются на этом компьютере?"
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        for role in ROLES:
            box = QCheckBox(ROLE_LABELS[role])
            box.setObjectName(f"role_{role}")
            box.setChecked(True)
            box.toggled.connect(self.completeChanged)
            self.boxes[role] = box
            lay.addWidget(box)
        lay.addStretch(1)

    def roles(self) -> list[str]:
        return [r for r, b in self.boxes.items() if b.isChecked()]

    def isComplete(self) -> bool:
        return bool(self.roles())


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Әкімші / Администратор")
        self.note = _note(
            "Бірінші пайдаланушы: басқа қызметкерлерді ол қосады. Осы жұмыс орнының "
            "рөлдері де беріледі. / Первый пользователь: он добавит остальных сотрудников. "
            "Получает и роли этого рабочего места."
        )
        self.login = QLineEdit("admin")
        self.login.setObjectName("login")
        self.surname, self.name, self.patronymic = QLineEdit(), QLineEdit(), QLineEdit()
        self.surname.setObjectName("surname")
        self.name.setObjectName("name")
        self.patronymic.setObjectName("patronymic")
        self.pin, self.pin2 = QLineEdit(), QLineEdit()
        for edit, name in ((self.pin, "pin"), (self.pin2, "pin2")):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow("Логин:", self.login)
        form.addRow("Тегі / Фамилия:", self.surname)
        form.addRow("Аты / Имя:", self.name)
        form.addRow("Әкесінің аты / Отчество:", self.patronymic)
        form.addRow("PIN (6-12 цифр):", self.pin)  # auth.STRONG_PIN_MIN for an admin
        form.addRow("PIN қайта / PIN ещё раз:", self.pin2)
        form.addRow(self.error)
        for f, w in (
            ("login*", self.login),
            ("surname*", self.surname),
            ("name*", self.name),
            ("pin*", self.pin),
            ("pin2*", self.pin2),
        ):
            self.registerField(f, w)

    def validatePage(self) -> bool:
        """The same checks `auth.create_user` makes, so Finish does not fail on them."""
        self.error.clear()
        try:
            login = self.login.text().strip()
            if not login or not login.isascii() or " " in login:
                raise ValidationError(
                    "Логин латын әріптерімен, бос орынсыз жазылады",
                    "Логин пишется латиницей без пробелов",
                    field="login",
                )
            auth.check_pin_policy(self.pin.text(), ["admin"])  # an admin's PIN: the longer one
            if self.pin.text() != self.pin2.text():
                raise ValidationError("PIN сәйкес келмейді", "PIN не совпадает", field="pin")
        except KenseError as e:
            _show_error(self.error, e)
            return False
        return True


class _ScanField(QLineEdit):
    """Keeps the Enter a wedge scanner sends: it must not press the wizard's Next."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ScannerPage(QWizardPage):
    """Shows the next scan the listener reports; the step may be skipped (no scanner yet)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Сканерді тексеру / Проверка сканера")
        self.status = QLabel("Сканерлеуді күтудеміз… / Ожидаем сканирование…")
        self.status.setObjectName("scanStatus")
        # A serial scanner arrives through the listener's signal; a keyboard-wedge scanner types
        # into this focused field and ends with Enter.
        self.payload = _ScanField()
        self.payload.setObjectName("scanPayload")
        self.payload.setPlaceholderText("Штрих-код осында шығады / Штрих-код появится здесь")
        self.payload.returnPressed.connect(lambda: self.on_scan(self.payload.text().strip()))
        self.count = 0
        lay = QVBoxLayout(self)
        lay.addWidget(
            _note(
                "Кез келген штрих-кодты сканерлеңіз. Сканер әлі қосылмаса, «Келесі» басыңыз. / "
                "Отсканируйте любой штрих-код. Если сканер ещё не подключён, нажмите «Далее»."
            )
        )
        lay.addWidget(self.status)
        lay.addWidget(self.payload)
        lay.addStretch(1)
        app_signals().scan_received.connect(self.on_scan)

    def initializePage(self) -> None:
        self.payload.setFocus()

    @Slot(str)
    def on_scan(self, payload: str) -> None:
        if not payload:
            return
        self.count += 1
        self.payload.setText(payload)
        self.status.setText(f"Сканер жұмыс істейді ✓ / Сканер работает ✓  ({self.count})")

    def disconnect_scanner(self) -> None:
        try:
            app_signals().scan_received.disconnect(self.on_scan)
        except (RuntimeError, TypeError):
            pass


def print_test_page(printer: QPrinter, office_name: str = "") -> bool:
    """Draw a one-page test sheet (Kazakh letters, a frame to check margins) on `printer`."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        painter.drawRect(page.adjusted(2, 2, -2, -2))
        font = QFont(painter.font())
        font.setPointSize(18)
        painter.setFont(font)
        lines = [
            "Кеңсе — сынақ беті / тестовая страница",
            office_name,
            "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі",
            "Принтер жұмыс істейді / Принтер работает",
        ]
        text = "\n\n".join(x for x in lines if x)
        painter.drawText(
            page.adjusted(40, 40, -40, -40),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter),
            text,
        )
    finally:
        painter.end()
    return True


class PrinterPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Принтерді тексеру / Проверка принтера")
        self.printers = QComboBox()
        self.printers.setObjectName("printers")
        infos = QPrinterInfo.availablePrinters()
        default = QPrinterInfo.defaultPrinterName()
        for info in infos:
            self.printers.addItem(info.printerName(), info.printerName())
        if default:
            self.printers.setCurrentIndex(max(0, self.printers.findData(default)))
        self.print_button = QPushButton("Сынақ бетін басып шығару / Напечатать тестовую страницу")
        self.print_button.setObjectName("printTest")
        self.print_button.clicked.connect(self.print_test)
        self.result = QLabel()
        self.result.setObjectName("printResult")
        self.result.setWordWrap(True)
        lay = self.lay = QVBoxLayout(self)  # the wizard adds its error line here
        self.note = _note("")
        lay.addWidget(self.note)
        if infos:
            self.note.setText(
                "Сынақ бетін басып шығарып, қаріптерді тексеріңіз. / Напечатайте тестовую "
                "страницу и проверьте буквы."
            )
            lay.addWidget(self.printers)
            lay.addWidget(self.print_button)
        else:
            self.note.setText(
                "Принтер табылмады: бұл қадамды өткізіп жіберуге болады, принтерді кейін "
                "қосыңыз. / Принтер не найден: шаг можно пропустить и подключить принтер "
                "позже."
            )
            self.printers.hide()
            self.print_button.hide()
        lay.addWidget(self.result)
        lay.addStretch(1)

    def print_test(self) -> bool:
        name = self.printers.currentData()
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        ok = print_test_page(printer, self.field("officeName") or "")
        self.result.setText(
            "Жіберілді ✓ / Отправлено ✓" if ok else "Басып шығару мүмкін болмады / Не удалось напечатать"
        )
        log.info("test page to %r: %s", name, "sent" if ok else "failed")
        return ok


class FirstRunWizard(QWizard):
    """Five pages; `accept()` (Finish) stores everything or shows why not and stays open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle("Бірінші іске қосу / Первый запуск — Кеңсе")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 440)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.office_page, self.profile_page = OfficePage(), ProfilePage()
        self.admin_page, self.scanner_page, self.printer_page = AdminPage(), ScannerPage(), PrinterPage()
        for page in (
            self.office_page,
            self.profile_page,
            self.admin_page,
            self.scanner_page,
            self.printer_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, "Келесі / Далее >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< Артқа / Назад")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Дайын / Готово")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Болдырмау / Отмена")
        self.error = _error_label()
        self.printer_page.lay.addWidget(self.error)
        self.user: User | None = None
        self.finished.connect(lambda _r: self.scanner_page.disconnect_scanner())

    def save(self) -> User:
        """Write the administrator, the office and the PC's profile (raises KenseError)."""
        a = self.admin_page
        roles = self.profile_page.roles()
        auth.check_pin_policy(a.pin.text(), ["admin", *roles])
        with transaction():
            user = auth.create_user(
                a.login.text(),
                a.surname.text(),
                a.name.text(),
                ["admin", *roles],
                a.pin.text(),
                patronymic=a.patronymic.text(),
                by="first-run",
            )
            office.set_office(self.office_page.name.text(), self.office_page.district.text(), by=user)
        store_profile(roles)
        prefs.set_language(self.office_page.language.currentData())
        log.info("first run done: admin %s, tabs %s", user.login, roles)
        return user

    def accept(self) -> None:
        try:
            self.user = self.save()
        except KenseError as e:
            _show_error(self.error, e)
            return
        super().accept()


def run_wizard(parent: QWidget | None = None) -> bool:
    """Blocking (start-up only): True when the office now has its administrator."""
    wizard = FirstRunWizard(parent)
    return wizard.exec() == QWizard.DialogCode.Accepted and wizard.user is not None
