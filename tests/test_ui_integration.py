"""Once printing, the export and the indexed search are merged: the intake opens the real
receipt preview, the head's button the real monthly-report dialog, the search finds by name."""

from __future__ import annotations

import pytest
from conftest import make_person
from ui_work import Desk

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def test_real_receipt_preview_after_submit(qtbot, users):
    preview = pytest.importorskip("desk_app.ui.print_preview")
    desk = Desk(qtbot, users)
    p = make_person(users["admin"], surname="Құдайбергенова", name="Іңкәр")
    w = desk.center.intake
    w.search_edit.setText("ҚҰДАЙБЕРГ")
    assert [x.id for x in w.search()] == [p.id]
    w.choose_person(p)
    w.service_combo.setCurrentIndex(w.service_combo.findData(3))
    for code in ("identity", "application", "rehab_programme", "disability_certificate"):
        w.check_document(code)
    number = w.submit()
    dialogs = w.findChildren(preview.PrintPreviewDialog)
    assert number and len(dialogs) == 1
    assert (dialogs[0].app_number, dialogs[0].kind) == (number, "receipt")
    dialogs[0].close()


def test_monthly_report_dialog_from_the_head_tab(qtbot, users):
    export = pytest.importorskip("desk_app.ui.export_dialog")
    desk = Desk(qtbot, users)
    assert desk.head.report_button.isEnabled()
    dlg = desk.head.open_monthly_report()
    assert isinstance(dlg, export.ExportDialog) and dlg.isVisible()
    dlg.close()
