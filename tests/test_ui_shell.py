"""The desk shell: window, tabs per profile, sign-in, user switch, idle lock, look-up, language."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from qt_helpers import center_application, press_enter, type_text

from desk_app.core import office
from desk_app.core.models import AuditLog, OfficeSetting
from desk_app.ui import i18n, prefs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.tabs import TAB_CLASSES


@pytest.fixture(autouse=True)
def kazakh():
    i18n.install("kk")
    yield
    i18n.install("kk")


@pytest.fixture
def window(qtbot, users):
    OfficeSetting.create(key="office_name", value="Арал ауданының жұмыспен қамту бөлімі")
    OfficeSetting.create(key="district", value="Арал ауданы")
    w = MainWindow(db_label="test.sqlite")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_title_names_the_office(window, users):
    assert window.windowTitle() == "Арал ауданының жұмыспен қамту бөлімі — Кеңсе"
    office.set_office("Қазалы аудандық бөлімі", "Қазалы ауданы", users["admin"])
    window.build()
    assert window.windowTitle() == "Қазалы аудандық бөлімі — Кеңсе"
    assert window.windowTitle().count("Кеңсе") == 1
    office.set_office(
        "Қазалы аудандық бөлімі", "Қазалы ауданы", users["admin"], "Отдел занятости Казалинского района"
    )
    window.set_language("ru")
    assert window.windowTitle() == "Отдел занятости Казалинского района — Кеңсе"
    window.set_language("kk")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")
def test_the_office_name_edited_in_settings_is_the_title_and_the_printed_one(window, users, tmp_path):
    """One home for the office's identity: Settings writes core.office (audited), and the
    title bar and a talon printed afterwards both read the new name from there."""
    from docs_tools import squash, text_of

    from desk_app.core.demo import samples
    from desk_app.documents.service import print_document

    window.session.sign_in("admin", "0000")
    dlg = window.open_settings()
    assert dlg is not None and dlg.ui.officeNameEdit.text() == "Арал ауданының жұмыспен қамту бөлімі"
    dlg.ui.officeNameEdit.setText("Қазалы ауданының жұмыспен қамту бөлімі")
    dlg.ui.districtEdit.setText("Қазалы ауданы")
    dlg.accept()
    assert window.windowTitle() == "Қазалы ауданының жұмыспен қамту бөлімі — Кеңсе"
    row = AuditLog.get(AuditLog.action == "office.set")
    assert row.user == "admin" and "Арал" in row.before and "Қазалы" in row.after

    person = samples.long_person(users["admin"])
    app = samples.submitted(users, person, 2, "direct")
    _, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    printed = squash(text_of(pdf, tmp_path))
    assert squash("Қазалы ауданының жұмыспен қамту бөлімі") in printed and "Арал" not in printed


def test_an_empty_office_name_in_settings_is_refused_in_the_dialog(window):
    window.session.sign_in("admin", "0000")
    dlg = window.open_settings()
    dlg.ui.officeNameEdit.setText("  ")
    dlg.accept()
    assert dlg.isVisible() and dlg.error_label.text() == "Мекеменің атауы толтырылуы керек"
    assert office.office_name() == "Арал ауданының жұмыспен қамту бөлімі"
    dlg.reject()


def test_all_role_tabs_in_registry_order(window):
    assert list(TAB_CLASSES) == [
        "center_inspector",
        "dispatch_inspector",
        "office_clerk",
        "head",
        "executor",
        "center_head",
    ]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Орталық инспекторы",
        "Жинақтау бөлімі",
        "Кеңсе қызметкері",
        "Басшы",
        "Орындаушы",
        "Орталықтың басшысы",
    ]


def test_workstation_profile_chooses_tabs(qtbot, users):
    prefs.set_profile(["office_clerk", "dispatch_inspector"])
    w = MainWindow()
    qtbot.addWidget(w)
    assert list(w.tabs_by_role) == ["dispatch_inspector", "office_clerk"]  # registry order
    assert w.tabs.count() == 2


def test_sign_in_with_right_pin(window, qtbot):
    dlg = window.request_sign_in()
    assert dlg.isVisible() and window.session.user is None
    assert window.stack.currentWidget() is window.lock_label  # nothing visible while locked
    type_text(dlg.ui.loginEdit, "dispatch_inspector")
    type_text(dlg.ui.pinEdit, "0000")
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.session.user.login == "dispatch_inspector"
    assert not dlg.isVisible()
    assert window.tabs.currentWidget() is window.tabs_by_role["dispatch_inspector"]
    assert "dispatch_inspector" in window.user_label.text()


def test_wrong_pin_is_refused_in_current_language(window, qtbot):
    dlg = window.request_sign_in("head")
    type_text(dlg.ui.pinEdit, "1234")
    press_enter(dlg.ui.pinEdit)
    assert window.session.user is None and dlg.isVisible()
    assert dlg.ui.errorLabel.text() == "PIN қате"
    window.set_language("ru")
    dlg = window.request_sign_in("head")
    type_text(dlg.ui.pinEdit, "9999")
    press_enter(dlg.ui.pinEdit)
    assert dlg.ui.errorLabel.text() == "Неверный PIN"


def test_lock_out_after_repeated_wrong_pins(window):
    dlg = window.request_sign_in("head")
    for _ in range(5):
        dlg.ui.pinEdit.setText("1111")
        dlg.try_sign_in()
    dlg.ui.pinEdit.setText("0000")
    assert not dlg.try_sign_in()
    assert "бұғатталған" in dlg.ui.errorLabel.text()


def test_quick_user_switch_with_ctrl_l(window, qtbot):
    window.session.sign_in("office_clerk", "0000")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.user is None
    dlg = window.sign_in_dialog
    assert dlg.isVisible()
    type_text(dlg.ui.loginEdit, "head")
    type_text(dlg.ui.pinEdit, "0000")
    press_enter(dlg.ui.pinEdit)
    assert window.session.user.login == "head"
    assert window.tabs.currentWidget() is window.tabs_by_role["head"]
    assert window.tabs_by_role["head"].isEnabled()
    assert not window.tabs_by_role["office_clerk"].isEnabled()


def test_toolbar_switch_button(window):
    window.session.sign_in("head", "0000")
    window.switch_action.trigger()
    assert window.session.user is None and window.sign_in_dialog.isVisible()


def test_idle_time_locks_the_desk(window, qtbot):
    window.session.sign_in("executor", "0000")
    window.idle.set_interval(80)
    qtbot.waitUntil(lambda: window.session.user is None, timeout=3000)
    assert window.sign_in_dialog.isVisible()
    assert window.sign_in_dialog.ui.loginEdit.text() == "executor"
    assert window.stack.currentWidget() is window.lock_label


def test_input_keeps_the_desk_unlocked(window, qtbot):
    window.session.sign_in("executor", "0000")
    window.idle.set_interval(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window.tabs, window.tabs.rect().center())
        qtbot.keyClick(window.lookup_edit, Qt.Key.Key_A)
    assert window.session.user is not None


def test_status_look_up_from_toolbar(window, qtbot, users, person):
    app = center_application(users, person)
    window.session.sign_in("office_clerk", "0000")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.lookup_edit.hasFocus()
    type_text(window.lookup_edit, app.number.lower())
    press_enter(window.lookup_edit)
    dlg = window.status_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.info["number"] == app.number
    assert dlg.where_label.text() == "Жинақтау бөлімі"
    assert dlg.steps.rowCount() == 2
    # People by name, not by login (the CLI's JSON keeps the login for scripts).
    assert dlg.steps.item(0, 2).text() == users["center_inspector"].short_name != "center_inspector"
    assert dlg.info["steps"][0]["user"] == "center_inspector"
    dlg.close()


def test_status_look_up_unknown_number(window):
    window.session.sign_in("office_clerk", "0000")
    assert window.look_up("2026-999999") is None
    assert window.lookup_error == "Өтініш табылмады: 2026-999999"


def test_language_switch_to_russian(window):
    window.session.sign_in("head", "0000")
    window.set_language("ru")
    assert prefs.language() == "ru"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Инспектор Центра",
        "Накопительный отдел",
        "Канцелярия",
        "Руководитель",
        "Исполнитель",
        "Руководитель Центра",
    ]
    assert window.switch_action.text() == "Сменить пользователя"
    assert window.user_label.text().startswith("Пользователь: ")
    dispatch = window.tabs_by_role["dispatch_inspector"]
    assert dispatch.send_button.text() == "&Отметить выбранные как отправленные"
    assert dispatch.queue.model.headerData(0, Qt.Orientation.Horizontal) == "Номер"
    assert window.session.user.login == "head"  # the switch keeps the person signed in
    window.set_language("kk")
    assert window.tabs.tabText(3) == "Басшы"


def test_scanner_state_and_clock_in_status_bar(window, qtbot):
    from desk_app.ui.signals import app_signals

    app_signals().scanner_state.emit("COM3 қосулы")
    assert window.scanner_label.text() == "Сканер: COM3 қосулы"
    before = window.clock_label.text()
    qtbot.waitUntil(lambda: window.clock_label.text() != before, timeout=2500)
    assert "test.sqlite" in window.db_label.text()


def test_settings_dialog_saves_profile_and_idle(window):
    window.session.sign_in("admin", "0000")
    dlg = window.open_settings()
    dlg.ui.idleSpin.setValue(3)
    dlg.role_box("head").setChecked(False)
    dlg.role_box("executor").setChecked(False)
    assert dlg.role_box("center_head").isChecked()  # the Center head's board, on by default
    dlg.role_box("center_head").setChecked(False)
    assert dlg.ui.officeNameEdit.cursorPosition() == 0  # the name shown from its start
    QTest.keyClick(dlg.ui.officeNameEdit, Qt.Key.Key_End)  # the admin appends to it
    type_text(dlg.ui.officeNameEdit, " (сынақ)")
    dlg.accept()
    assert prefs.idle_minutes() == 3
    assert window.idle.timer.interval() == 180_000
    assert list(window.tabs_by_role) == ["center_inspector", "dispatch_inspector", "office_clerk"]
    assert office.office_name().endswith("(сынақ)")


def test_settings_dialog_saves_the_scanner(window):
    assert prefs.scanner_port() == ""  # a new PC: keyboard scanners only
    window.session.sign_in("admin", "0000")
    dlg = window.open_settings()
    dlg.ui.scannerPortEdit.setCurrentText("/dev/ttyACM0")
    dlg.ui.scannerBaudSpin.setValue(115200)
    dlg.ui.scannerSuffixCombo.setCurrentIndex(dlg.ui.scannerSuffixCombo.findData("crlf"))
    dlg.accept()
    assert (prefs.scanner_port(), prefs.scanner_baud(), prefs.scanner_suffix()) == (
        "/dev/ttyACM0",
        115200,
        "crlf",
    )
    again = window.open_settings()
    assert again.ui.scannerPortEdit.currentText() == "/dev/ttyACM0"
    assert again.ui.scannerSuffixCombo.currentData() == "crlf"
    again.reject()


def test_window_geometry_is_remembered(qtbot, users):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.resize(700, 500)  # within the offscreen screen (restoreGeometry clamps to it)
    w.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_time_left_reads_in_each_language(qapp):
    import datetime as dt

    from desk_app.ui.queue_model import format_left

    left = dt.timedelta(days=-1, hours=-3, minutes=-5)
    assert format_left(left) == "-1 күн 03:05"
    i18n.install("ru")
    assert format_left(left) == "-1 д 03:05"
    assert format_left(dt.timedelta(minutes=45)) == "00:45"
