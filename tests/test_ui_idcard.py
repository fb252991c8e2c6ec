"""The ID card at the desk (issue 16.1): a keyboard-wedge scanner types the card's IIN
barcode, or its MRZ line by line, into the desk; the intake opens the person's card (or a new
one with the IIN filled in), the service is chosen with one key, and the MRZ's document is
kept beside the card. Real key events: the scanner's 5 ms bursts through the wedge."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_idcard import mrz
from test_ui_typing import release_modifiers, type_keys

from desk_app.core import id_documents
from desk_app.devices.wedge import WedgeFilter
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signals import app_signals

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]
SCANNER = [5]  # ms between a scanner's keys
PREFIX = "~"


@pytest.fixture
def desk(qtbot, users):
    # The scanner is programmed to send a prefix (Settings): recognised however loaded the
    # test machine is; its keys still come 5 ms apart, as a scanner types.
    wedge = WedgeFilter(prefix=PREFIX).install()
    wedge.scanned.connect(app_signals().scan_received)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.session.sign_in("center_inspector", "0000")
    yield w
    wedge.uninstall()


def _scan(qtbot, w, text: str) -> None:
    """What a wedge scanner types: the code's keys 5 ms apart and Enter."""
    win = w.windowHandle()
    type_keys(qtbot, win, PREFIX + text, SCANNER)
    qtbot.wait(5)
    QTest.keyClick(win, Qt.Key.Key_Return)
    qtbot.wait(50)


def test_iin_barcode_opens_the_card_and_one_key_chooses_the_service(qtbot, desk, users):
    p = make_person(users["admin"])
    intake = desk.tabs_by_role["center_inspector"].intake
    _scan(qtbot, desk, p.iin)
    assert intake.person is not None and intake.person.id == p.id
    assert intake.search_edit.text() == p.iin  # the wedge took its keys back; the IIN is the search
    keys = 0
    qtbot.wait(30)
    QTest.keyClick(desk.windowHandle(), "3")
    keys += 1
    assert intake.service_no() == 3 and keys <= 3
    release_modifiers(desk.windowHandle())


def test_mrz_line_by_line_opens_a_new_card_and_keeps_the_document(qtbot, desk, users, answers):
    from desk_app.core import iin

    new_iin = iin.make(dt.date(1990, 7, 14), "M", 77)
    intake = desk.tabs_by_role["center_inspector"].intake
    # line by line as a serial imager sends them (the hub's signal; the wedge is the IIN's)
    for line in mrz(birth="900714", sex="M", opt=new_iin, surname="SERIKBAYEV", names="NURLAN").split("\n"):
        app_signals().scan_received.emit(line + "\r")
        qtbot.wait(40)
    qtbot.waitUntil(lambda: intake.card_box.isVisible())
    f = intake.form.ui
    assert f.iinEdit.text() == new_iin and f.surnameEdit.hasFocus()
    assert "SERIKBAYEV NURLAN" in intake.latin_label.text()
    assert f.surnameEdit.text() == ""  # the Latin names never go into the Cyrillic fields


def test_expired_document_is_accepted_only_when_the_clerk_says_so(qtbot, desk, users, answers):
    p = make_person(users["admin"])
    text = mrz(birth=f"{p.birth_date:%y%m%d}", sex=p.sex, opt=p.iin, expiry="240101")
    answers["replies"].append(False)
    app_signals().scan_received.emit(text)  # all three lines in one read
    assert id_documents.latest(p.id) is None and answers["asked"]
    answers["replies"].append(True)
    app_signals().scan_received.emit(text.replace("\n", ""))
    doc = id_documents.latest(p.id)
    assert doc is not None and doc.expired_accepted


def test_bad_iin_checksum_is_said_not_searched(qtbot, desk, users):
    p = make_person(users["admin"])
    bad = p.iin[:11] + str((int(p.iin[11]) + 1) % 10)
    intake = desk.tabs_by_role["center_inspector"].intake
    _scan(qtbot, desk, bad)
    assert intake.person is None
    assert any("ЖСН" in n for n in desk.notices.texts())
