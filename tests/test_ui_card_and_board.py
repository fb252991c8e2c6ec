"""The card dialog (audited edits with the version seen, applications, timeline) and the
head's overdue board and executors' load."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person
from qt_helpers import type_text
from ui_work import Desk, session_for

from desk_app.core import cards, workflow
from desk_app.core.clock import now
from desk_app.core.models import AuditLog, Person
from desk_app.ui.card_dialog import CardDialog

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


def _submit(users, person, service, at=None, channel="center"):
    svc = workflow.regulations().in_force((at or now()).date()).service(service)
    by = users["center_inspector"] if channel == "center" else users["office_clerk"]
    return workflow.submit(
        person, service, channel, by, [(d.code, "") for d in svc.documents if d.required], at=at
    )


def test_card_edit_is_saved_with_the_version_seen_and_audited(qtbot, users):
    p = make_person(users["admin"])
    a = _submit(users, p, 2, at=now() - dt.timedelta(hours=3))
    workflow.dispatch(a, users["dispatch_inspector"], payload=a.number, at=now() - dt.timedelta(hours=1))
    dlg = CardDialog(p.id, session_for(users["office_clerk"]))
    qtbot.addWidget(dlg)
    dlg.open()
    assert dlg.apps.rowCount() == 1 and dlg.apps.item(0, 0).text() == a.number
    top = dlg.timeline.topLevelItem(0)
    events = [top.child(i).text(1) for i in range(top.childCount())]
    # steps 1 and 2 and the dispatch scan; step 3 opens only when the clerk scans it in
    assert len(events) == 3 and events[0].startswith("1.") and events[1].startswith("2.")
    assert events[2].startswith("Штрих-код")
    assert "уәкілетті органға жіберілді" in events[2] and "қабылданды" in events[0]
    assert dlg.form.ui.iinEdit.isReadOnly()
    dlg.form.ui.addressEdit.clear()
    type_text(dlg.form.ui.addressEdit, "Арал қ., Абай даңғылы, 5")
    assert dlg.save() is not None
    assert Person.get_by_id(p.id).address == "Арал қ., Абай даңғылы, 5"
    row = AuditLog.get(AuditLog.action == "card.update")
    assert row.user == "office_clerk" and "Абай" in row.after
    # another desk edits the card meanwhile: this dialog's next save is refused
    cards.update_person(p.id, {"phone": "+7 701 000 00 00"}, users["admin"], Person.get_by_id(p.id).version)
    dlg.form.ui.addressEdit.setText("Қазалы қ.")
    assert dlg.save() is None and "басқа қызметкер" in dlg.status_label.text()
    assert Person.get_by_id(p.id).address == "Арал қ., Абай даңғылы, 5"


def test_card_is_read_only_for_a_user_without_an_intake_role(qtbot, users):
    p = make_person(users["admin"])
    dlg = CardDialog(p.id, session_for(users["dispatch_inspector"]))
    qtbot.addWidget(dlg)
    assert not dlg.save_button.isEnabled() and dlg.save() is None


def test_overdue_board_oldest_first_and_loads(qtbot, users, printed):
    p = make_person(users["admin"])
    old = _submit(users, p, 3, at=now() - dt.timedelta(days=40), channel="direct")
    older = _submit(users, p, 2, at=now() - dt.timedelta(days=60), channel="direct")
    fresh = _submit(users, p, 4, channel="direct")
    workflow.assign(old, users["head"], users["executor2"], at=old.submitted_at + dt.timedelta(hours=1))
    desk = Desk(qtbot, users)
    desk.head.refresh()
    board = desk.head.overdue
    numbers = [board.row_at(r).number for r in range(board.rowCount())]
    assert numbers == [older.number, old.number] and fresh.number not in numbers
    assert desk.head.overdue_count.text().endswith("2")
    assert board.index(1, board.COL_EXECUTOR).data() == users["executor2"].short_name
    loads = {
        desk.head.loads.item(r, 0).text(): desk.head.loads.item(r, 1).text()
        for r in range(desk.head.loads.rowCount())
    }
    assert loads[users["executor2"].full_name] == "1" and loads[users["executor"].full_name] == "0"
    combo = desk.head.executor_combo
    assert combo.itemText(combo.findData(users["executor2"].id)).endswith("(1)")


def test_work_tabs_read_in_russian(qtbot, users, printed):
    from desk_app.ui import i18n

    assert i18n.install("ru")
    try:
        desk = Desk(qtbot, users)
        assert desk.head.sign_button.text() == "&Подписать"
        assert desk.center.intake.submit_button.text() == "&Принять заявление"
        assert desk.executor.intake.service_combo.itemText(0).startswith("1. Регистрация")
        assert desk.clerk.pages.tabText(0) == "При&ём напрямую"
        p = make_person(users["admin"])
        w = desk.center.intake
        w.search_edit.setText(p.iin)
        w.search()
        assert w.status_label.text() == "Найдена: 1"
    finally:
        i18n.install("kk")
