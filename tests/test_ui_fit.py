"""Issue 17: every window fits a 1366×768 and a 1280×720 screen.

For each size: the main window signed in as each role (with the new-card form open where
there is an intake) keeps its size — it never grows past the screen — and the submit
button, the notice area and the status bar stay inside it; every dialog's minimum size
fits the screen with room for the window frame.
"""

from __future__ import annotations

import pytest
from conftest import make_person
from PySide6.QtCore import QPoint, QRect
from qt_helpers import center_application

from desk_app.ui import i18n
from desk_app.ui.intake import IntakeWidget
from desk_app.ui.main_window import MainWindow

SIZES = [(1366, 768), (1280, 720)]
FRAME = 40  # title bar and borders a window manager adds; the taskbar is inside the screen size
ROLES = ["center_inspector", "dispatch_inspector", "office_clerk", "head", "executor"]


def _inside(widget, window) -> bool:
    """Wholly on screen: inside the window and not clipped by a scroll area or a parent."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        widget.isVisible()
        and QRect(QPoint(0, 0), window.size()).contains(QRect(top_left, widget.size()))
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_fits_with_every_tab_and_the_new_card_open(qtbot, users, size, lang):
    i18n.install(lang)
    try:
        width, height = size[0], size[1] - FRAME
        w = MainWindow(db_label="test.sqlite")
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        for role in ROLES:
            w.session.sign_in(role, "0000")
            tab = w.tabs_by_role[role]
            w.tabs.setCurrentWidget(tab)
            for intake in tab.findChildren(IntakeWidget):
                if not intake.isVisibleTo(tab):
                    continue
                intake.start_new_card()
                qtbot.wait(20)
                assert _inside(intake.submit_button, w), (role, intake.submit_button.geometry())
                assert _inside(intake.create_button, w), role
            qtbot.wait(20)
            msh = w.minimumSizeHint()
            assert msh.width() <= width and msh.height() <= height, (role, msh)
            assert (w.width(), w.height()) == (width, height), role  # it did not grow
            assert _inside(w.notices, w) and _inside(w.statusBar(), w), role
            w.session.sign_out()
    finally:
        i18n.install("kk")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dialogs_fit(qtbot, users, size):
    from ui_work import session_for

    from desk_app.ui.card_dialog import CardDialog
    from desk_app.ui.export_dialog import ExportDialog
    from desk_app.ui.print_preview import PrintPreviewDialog
    from desk_app.ui.settings_dialog import SettingsDialog
    from desk_app.ui.sign_in import SignInDialog
    from desk_app.ui.status_dialog import look_up

    person = make_person(users["admin"])
    app = center_application(users, person)
    w = MainWindow()
    qtbot.addWidget(w)
    session = session_for(users["center_inspector"])
    dialogs = [
        SettingsDialog(w, users["admin"]),
        SignInDialog(session, w),
        CardDialog(person.id, session, w),
        look_up(app.number, w),
        ExportDialog(w),
        PrintPreviewDialog(app.number, "receipt", "kk", users["center_inspector"], w),
    ]
    for d in dialogs:
        d.show()
        qtbot.wait(10)
        msh = d.minimumSizeHint().expandedTo(d.minimumSize())
        assert msh.width() <= size[0] and msh.height() <= size[1] - FRAME, (type(d).__name__, msh)
        # As opened: within the screen it opens on, frame included (no button under the taskbar).
        free = d.screen().availableGeometry()
        assert d.width() <= free.width() - FRAME and d.height() <= free.height() - FRAME, (
            type(d).__name__,
            d.size(),
            free,
        )
        d.close()


def test_settings_show_a_long_office_name_whole_from_its_start(qtbot, users):
    """An office's name runs to 60-80 letters; the settings dialog shows all of it."""
    from desk_app.core import office
    from desk_app.ui.settings_dialog import SettingsDialog

    name = "Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
    office.set_office(name, "Қызылорда қ.", users["admin"])
    d = SettingsDialog(None, users["admin"])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    edit = d.ui.officeNameEdit
    assert edit.text() == name and edit.cursorPosition() == 0
    assert edit.fontMetrics().horizontalAdvance(name) + 12 <= edit.width(), (edit.width(), d.width())
