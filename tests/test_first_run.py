"""The first-run wizard: office, workstation profile, first administrator, scanner and printer pages."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from qt_helpers import type_text

from desk_app.core import audit, auth, office
from desk_app.core.errors import PermissionDenied, ValidationError
from desk_app.core.models import AuditLog, OfficeSetting, User
from desk_app.ui import first_run, prefs
from desk_app.ui.first_run_wizard import (
    FirstRunWizard,
    print_test_page,
)
from desk_app.ui.signals import app_signals

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_office(
    wizard: FirstRunWizard,
    name: str = "Шиелі ауданының жұмыспен қамту бөлімі",
    district: str = "Шиелі ауданы",
) -> None:
    type_text(wizard.office_page.name, name)
    type_text(wizard.office_page.district, district)


def fill_admin(qtbot, wizard: FirstRunWizard, pin: str = "246813", pin2: str | None = None) -> None:
    page = wizard.admin_page
    page.login.clear()
    qtbot.keyClicks(page.login, "nurlan")
    type_text(page.surname, "Әбілқасымов")
    type_text(page.name, "Нұрлан")
    type_text(page.patronymic, "Серікұлы")
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin2, pin if pin2 is None else pin2)


@pytest.fixture
def wizard(qtbot, db):
    w = FirstRunWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_walk_the_wizard_and_finish_stores_everything(qtbot, wizard):
    assert first_run.needs_setup()
    fill_office(wizard)
    wizard.office_page.language.setCurrentIndex(1)  # Русский
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.profile_page
    # This PC is the authorized body's front desk: office clerk and head only.
    for role in ("center_inspector", "dispatch_inspector", "executor"):
        wizard.profile_page.boxes[role].click()
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.scanner_page
    app_signals().scan_received.emit("2026-000123")
    assert wizard.scanner_page.payload.text() == "2026-000123"
    assert "✓" in wizard.scanner_page.status.text()
    # A keyboard-wedge scanner types into the focused field and presses Enter.
    wizard.scanner_page.payload.clear()
    qtbot.keyClicks(wizard.scanner_page.payload, "2026-000124")
    qtbot.keyClick(wizard.scanner_page.payload, Qt.Key.Key_Return)
    assert "(2)" in wizard.scanner_page.status.text()
    assert wizard.currentPage() is wizard.scanner_page  # Enter from the scanner does not move on
    wizard.scanner_page.payload.setText("2026-000123")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.printer_page
    click(qtbot, wizard, FINISH)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not first_run.needs_setup()
    user = auth.authenticate("nurlan", "246813")
    assert user.role_set == frozenset({"admin", "office_clerk", "head"})
    assert (user.surname, user.name, user.patronymic) == ("Әбілқасымов", "Нұрлан", "Серікұлы")
    assert office.get_office() == {
        "office_name": "Шиелі ауданының жұмыспен қамту бөлімі",
        "district": "Шиелі ауданы",
        "office_name_ru": "",
    }
    # The office change is audited under the new administrator, and the chain is whole.
    row = AuditLog.select().where(AuditLog.action == "office.set").get()
    assert row.user == "nurlan"
    assert audit.verify_chain() == []
    # The PC's preferences: the desk's profile and the language.
    assert prefs.profile() == ["office_clerk", "head"]
    assert prefs.language() == "ru"
    # After Finish the scanner page no longer listens.
    app_signals().scan_received.emit("after")
    assert wizard.scanner_page.payload.text() == "2026-000123"


def test_required_fields_and_pin_checks_keep_the_wizard_on_its_page(qtbot, wizard):
    assert not wizard.button(NEXT).isEnabled()  # office name and district are required
    fill_office(wizard)
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard, NEXT)
    for box in wizard.profile_page.boxes.values():
        box.setChecked(False)
    assert not wizard.button(NEXT).isEnabled()  # at least one role's tab
    wizard.profile_page.boxes["executor"].setChecked(True)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard, pin="246813", pin2="246814")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.admin_page
    assert "PIN не совпадает" in wizard.admin_page.error.text()
    wizard.admin_page.pin.setText("12")
    wizard.admin_page.pin2.setText("12")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.admin_page
    assert "PIN" in wizard.admin_page.error.text() and "4-12" in wizard.admin_page.error.text()
    assert not User.select().exists()  # nothing written before Finish


def test_an_admin_pin_of_four_digits_is_refused_as_the_domain_says(qtbot, wizard):
    """The first administrator is an admin like any other: at least 6 digits (auth's policy)."""
    fill_office(wizard)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard, pin="2468")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.admin_page
    with pytest.raises(ValidationError) as policy:
        auth.check_pin_policy("2468", ["admin"])
    assert wizard.admin_page.error.text() == f"{policy.value.kk}\n{policy.value.ru}"
    assert "кемінде 6 цифр" in wizard.admin_page.error.text()  # the Kazakh message, first
    for edit in (wizard.admin_page.pin, wizard.admin_page.pin2):
        edit.clear()
        qtbot.keyClicks(edit, "246813")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.scanner_page
    assert not User.select().exists()


def test_finish_failure_shows_the_error_and_writes_nothing(qtbot, wizard):
    auth.create_user("nurlan", "Бар", "Бар", ["admin"], "1111")  # the login is taken
    fill_office(wizard)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    assert "Такой логин уже есть" in wizard.error.text()
    assert office.get_office() == {"office_name": "", "district": "", "office_name_ru": ""}
    assert prefs.profile() == list(prefs.ROLES)  # nothing stored: every tab


def test_set_office_is_validated_audited_and_the_admins(users):
    admin = users["admin"]
    with pytest.raises(ValidationError) as e:
        office.set_office("  ", "Шиелі", by=admin)
    assert e.value.field == "office_name"
    office.set_office("Бөлім  1", "Шиелі  ауданы", by=admin)
    office.set_office("Бөлім 1", "Шиелі ауданы", by=admin)  # nothing changed: no audit row
    office.set_office("Бөлім 2", "Шиелі ауданы", by=admin, name_ru="Отдел 2")
    assert OfficeSetting.get_by_id("office_name").value == "Бөлім 2"
    assert (office.office_name("kk"), office.office_name("ru")) == ("Бөлім 2", "Отдел 2")
    rows = list(AuditLog.select().where(AuditLog.action == "office.set").order_by(AuditLog.id))
    assert len(rows) == 2 and "Бөлім 1" in rows[1].before and "Отдел 2" in rows[1].after
    office.set_office("Бөлім 3", "Шиелі ауданы", by=admin)  # the Russian name is kept
    assert office.office_name("ru") == "Отдел 2"
    with pytest.raises(PermissionDenied):
        office.set_office("Бөлім 4", "Шиелі ауданы", by=users["head"])
    assert office.office_name("kk") == "Бөлім 3"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")
def test_printer_test_page_prints_kazakh_letters(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "test-page.pdf"
    printer.setOutputFileName(str(out))
    assert print_test_page(printer, "Шиелі ауданы")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Кеңсе" in text and "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі" in text and "Шиелі ауданы" in text


def test_printer_page_without_printers_can_be_skipped(qtbot, wizard, monkeypatch):
    page = wizard.printer_page
    if page.printers.count() == 0:
        assert page.print_button.isHidden() and "Принтер не найден" in page.note.text()
    else:
        # the page is not current yet, so ask whether the button itself was hidden
        assert not page.print_button.isHidden()
