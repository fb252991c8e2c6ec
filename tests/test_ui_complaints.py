"""Complaints on the desk: the card's timeline, the registering dialog, the head's board."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from qt_helpers import type_text
from safe_flow import submit
from ui_work import session_for

from desk_app.core import complaints
from desk_app.core.clock import now
from desk_app.core.models import AuditLog, Complaint


def _app_and_complaints(users, person):
    today = now()
    app = submit(users, person, service=1, channel="direct", at=today - dt.timedelta(days=60))
    late = complaints.register(
        app,
        users["executor"],
        (today - dt.timedelta(days=40)).date(),
        "Әбдірахманова Г.С.",
        "Талон берілмеді",
        "Уәкілетті органның басшысы",
        at=today - dt.timedelta(days=40),
    )
    fresh = complaints.register(
        app, users["office_clerk"], today.date(), "Өзі", "Қызметкердің әрекеті туралы", at=today
    )
    done = complaints.register(
        app,
        users["head"],
        (today - dt.timedelta(days=30)).date(),
        "Өзі",
        "Құжаттар тізімі туралы",
        at=today - dt.timedelta(days=30),
    )
    complaints.answer(
        done,
        users["head"],
        "Түсіндірме берілді",
        (today - dt.timedelta(days=25)).date(),
        at=today - dt.timedelta(days=25),
    )
    return app, late, fresh, done


def _timeline_texts(dlg) -> list[tuple[str, str, str]]:
    out = []
    for i in range(dlg.timeline.topLevelItemCount()):
        top = dlg.timeline.topLevelItem(i)
        for k in range(top.childCount()):
            it = top.child(k)
            out.append((it.text(1), it.text(3), it.toolTip(3)))
    return out


def test_card_timeline_lists_complaints_and_answers(qtbot, users, person):
    from desk_app.ui.card_dialog import CardDialog

    app, late, fresh, done = _app_and_complaints(users, person)
    dlg = CardDialog(person.id, session_for(users["head"]))
    qtbot.addWidget(dlg)
    rows = _timeline_texts(dlg)
    texts = [r[0] for r in rows]
    assert any(
        t.startswith("Шағым: Талон берілмеді (кімнен: Әбдірахманова Г.С.)") and "жауап мерзімі өтті" in t
        for t in texts
    )
    assert any(t.startswith("Шағым: Қызметкердің әрекеті туралы") and "жауап күтілуде" in t for t in texts)
    assert "Шағымға жауап: Түсіндірме берілді" in texts
    row = next(r for r in rows if r[0].startswith("Шағым: Талон"))
    assert row[1] == late.answer_due_at.strftime("%d.%m.%Y %H:%M")
    assert "расталуы керек" in row[2]  # the term is flagged "to confirm" in the data


def test_register_from_the_card(qtbot, users, person):
    from desk_app.ui.card_dialog import CardDialog

    app = submit(users, person, service=1, channel="direct", at=now() - dt.timedelta(days=3))
    dlg = CardDialog(person.id, session_for(users["office_clerk"]))
    qtbot.addWidget(dlg)
    assert dlg.complaint_button.isEnabled()
    cd = dlg.open_complaint()
    assert cd is not None and cd.app_combo.currentData() == app.id
    assert "15" in cd.term_label.text() and "расталуы керек" in cd.term_label.text()
    assert cd.term_label.toolTip()
    assert cd.from_edit.text() == person.full_name
    cd.received_edit.setDate(QDate.currentDate().addDays(-1))
    cd.subject_edit.setFocus()
    type_text(cd.subject_edit, "Нәтиже мерзімінде берілмеді")
    cd.save()
    c = Complaint.get()
    assert c.subject == "Нәтиже мерзімінде берілмеді" and c.recorded_by_id == users["office_clerk"].id
    assert c.received_on == (now() - dt.timedelta(days=1)).date()
    assert c.addressee == "Уәкілетті органның басшысы"
    assert AuditLog.select().where(AuditLog.action == "complaint.register").count() == 1
    assert any(t[0].startswith("Шағым: Нәтиже мерзімінде") for t in _timeline_texts(dlg))
    # an empty subject is refused with the message in the dialog, nothing written
    cd = dlg.open_complaint()
    cd.save()
    assert cd.error_label.text() and Complaint.select().count() == 1


def test_register_is_refused_to_roles_without_the_right(qtbot, users, person):
    from desk_app.ui.card_dialog import CardDialog

    submit(users, person, service=1, channel="direct", at=now() - dt.timedelta(days=3))
    for login in ("dispatch_inspector", "center_head"):
        dlg = CardDialog(person.id, session_for(users[login]))
        qtbot.addWidget(dlg)
        assert not dlg.complaint_button.isEnabled()


def test_head_board_lists_open_late_first_and_answers(qtbot, users, person):
    from desk_app.ui.tabs.head_tab import HeadTab

    app, late, fresh, done = _app_and_complaints(users, person)
    tab = HeadTab(session_for(users["head"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.complaints)
    tab.refresh()
    board = tab.complaints
    assert board.table.rowCount() == 2  # the answered one is not listed
    assert [board.table.item(r, 4).text() for r in range(2)] == [
        "Талон берілмеді",
        "Қызметкердің әрекеті туралы",
    ]
    assert board.late_count() == 1
    assert board.table.item(0, 0).background().color().name() == "#f8d0d0"
    board.table.selectRow(0)
    assert "расталуы керек" in board.term_label.text()
    type_text(board.answer_edit, "Талон берілді, кешірім сұралды")
    qtbot.mouseClick(board.answer_button, Qt.MouseButton.LeftButton)
    late = Complaint.get_by_id(late.id)
    assert late.answered_on == now().date() and late.answer == "Талон берілді, кешірім сұралды"
    assert late.answered_by_id == users["head"].id
    assert board.table.rowCount() == 1 and board.late_count() == 0


def test_board_answer_needs_the_head(qtbot, users, person):
    from desk_app.ui.tabs.head_tab import HeadTab

    _app_and_complaints(users, person)
    tab = HeadTab(session_for(users["executor"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    tab.complaints.table.selectRow(0)
    tab.complaints.answer_edit.setPlainText("Жауап берілді")
    assert tab.complaints.answer_selected() is None
    assert Complaint.select().where(Complaint.answered_on.is_null()).count() == 2


def test_head_page_title_counts_late_complaints(qtbot, users, person):
    from desk_app.ui.tabs.head_tab import HeadTab

    _app_and_complaints(users, person)
    tab = HeadTab(session_for(users["head"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.pages.tabText(tab.pages.indexOf(tab.complaints)) == "Ша&ғымдар (1)"
