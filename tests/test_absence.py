"""Absence and acting heads (issue 16.3): recorded by the admin or the head, the acting head
takes the head's steps only in the period (audited as acting for), an absent executor's open
work handed over in one batch with due times kept, and the office's choice to refuse an
absent person's own actions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from docs_tools import needs_tools, squash, text_of
from PySide6.QtCore import Qt

from desk_app.core import absence, auth, handover, workflow
from desk_app.core.errors import PermissionDenied, ValidationError
from desk_app.core.models import AuditLog, OfficeSetting, Step

T0 = dt.datetime(2026, 11, 2, 10, 0)  # Monday


def at(days: float) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


@pytest.fixture
def deputy(users):
    return auth.create_user("deputy", "Сейітова", "Ақмарал", ["executor"], "4321", by="test")


def _to_signature(app, users, executor):
    workflow.assign(app, users["head"], executor, at(0.1))
    return workflow.prepare(app, executor, "notification", at=at(1))


def test_acting_head_signs_only_in_the_period(users, person, deputy):
    head = users["head"]
    with pytest.raises(PermissionDenied):
        absence.record(head, T0.date(), at(5).date(), "leave", users["executor"])
    with pytest.raises(ValidationError):
        absence.record(users["executor"], T0.date(), at(5).date(), "leave", head, acting=deputy)
    with pytest.raises(ValidationError):
        absence.record(head, at(5).date(), T0.date(), "leave", users["admin"], acting=deputy)
    absence.record(head, at(1).date(), at(3).date(), "trip", users["admin"], acting=deputy)
    with pytest.raises(ValidationError):  # the same days twice
        absence.record(head, at(2).date(), at(4).date(), "sick", users["admin"])
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    app = _to_signature(app, users, users["executor"])
    with pytest.raises(PermissionDenied):  # before the period
        workflow.sign(app, deputy, at(0.5))
    app = workflow.sign(app, deputy, at(1.5))
    row = AuditLog.get(AuditLog.action == "application.sign")
    assert row.user == "deputy" and json.loads(row.after)["acting_for"] == "head"
    assert Step.get(Step.application == app, Step.outcome == "signed").user_id == deputy.id
    assert [a.login for a in absence.away_on(at(2).date())] == ["head"]
    assert absence.away_on(at(2).date())[0].acting == "deputy"
    other = _to_signature(
        workflow.submit(person, 3, "direct", users["office_clerk"], at=T0), users, users["executor"]
    )
    with pytest.raises(PermissionDenied):  # after the period
        workflow.sign(other, deputy, at(4))


def test_absent_executors_work_handed_over_with_due_times_kept(users, person):
    ex, ex2, head = users["executor"], users["executor2"], users["head"]
    apps = []
    for _ in range(3):
        a = workflow.submit(person, 2, "direct", users["office_clerk"], at=T0)
        apps.append(workflow.assign(a, head, ex, at(0.1)))
    workflow.prepare(apps[2], ex, "notification", at=at(1))  # at the head's signature
    absence.record(ex, at(1).date(), at(10).date(), "sick", head)
    work = absence.open_work(ex)
    assert [a.number for a in work] == [a.number for a in apps]
    dues = {a.number: workflow.open_step(a).due_at for a in apps}
    done, refused = handover.reassign_all([(a.number, ex2) for a in work], head, at(1.2))
    assert done == [apps[0].number, apps[1].number]
    assert refused[0][0] == apps[2].number and refused[0][2]  # kk/ru reason, not a crash
    for n in done:
        a = workflow.get_application(n)
        assert a.executor_id == ex2.id and workflow.open_step(a).due_at == dues[n]
    assert AuditLog.select().where(AuditLog.action == "application.reassign").count() == 2


def test_office_may_refuse_an_absent_persons_own_actions(users, person):
    ex = users["executor"]
    absence.record(ex, T0.date(), at(2).date(), "leave", users["admin"])
    app = workflow.assign(
        workflow.submit(person, 3, "direct", users["office_clerk"], at=T0), users["head"], ex, at(0.01)
    )
    workflow.prepare(app, ex, "notification", at=at(0.5))  # allowed: the office did not choose
    OfficeSetting.create(key=absence.BLOCKS_SETTING, value="1")
    app2 = workflow.assign(
        workflow.submit(person, 3, "direct", users["office_clerk"], at=T0), users["head"], ex, at(0.02)
    )
    with pytest.raises(PermissionDenied) as e:
        workflow.prepare(app2, ex, "notification", at=at(1))
    assert "отсутствующий" in e.value.ru
    workflow.prepare(app2, ex, "notification", at=at(3))  # back at work


def test_absence_dialog_records_and_hands_over(qtbot, users, person):
    from desk_app.ui.absence_dialog import AbsenceDialog

    ex, ex2, head = users["executor"], users["executor2"], users["head"]
    apps = [
        workflow.assign(workflow.submit(person, 2, "direct", users["office_clerk"]), head, ex)
        for _ in range(2)
    ]
    dlg = AbsenceDialog(head)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.who.setCurrentIndex(dlg.who.findData(ex.id))
    assert not dlg.acting.isEnabled()  # only a head has an acting head
    assert dlg.work.rowCount() == 2
    dlg.reason.setCurrentIndex(dlg.reason.findData("sick"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert absence.is_away(ex.id, dt.date.today())
    assert ex.short_name in dlg.away.text()
    dlg.all_to.setCurrentIndex(dlg.all_to.findData(ex2.id))
    qtbot.mouseClick(dlg.reassign_button, Qt.MouseButton.LeftButton)
    assert "2" in dlg.message.text() and dlg.work.rowCount() == 0
    assert all(workflow.get_application(a.number).executor_id == ex2.id for a in apps)
    dlg.who.setCurrentIndex(dlg.who.findData(head.id))
    assert dlg.acting.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # overlaps nothing: saved
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # the same days again
    assert "уже" in dlg.message.text() or "бұрын" in dlg.message.text()


@needs_tools
def test_acting_heads_signature_is_printed(users, person, deputy, tmp_path):
    from desk_app.documents.service import print_document

    absence.record(users["head"], T0.date(), at(5).date(), "leave", users["admin"], acting=deputy)
    app = workflow.submit(person, 3, "direct", users["office_clerk"], at=T0)
    app = _to_signature(app, users, users["executor"])
    workflow.sign(app, deputy, at(1.5))
    for lang, title in (
        ("kk", "Уәкілетті орган басшысының м.а."),
        ("ru", "И.о. руководителя уполномоченного органа"),
    ):
        _, pdf = print_document(app.number, "notification", lang, users["executor"])
        text = squash(text_of(pdf, tmp_path))
        assert squash(title) in text
        assert squash(f"{deputy.surname} {deputy.name}") in text
    other = _to_signature(
        workflow.submit(person, 2, "direct", users["office_clerk"], at=T0), users, users["executor"]
    )
    workflow.sign(other, deputy, at(1.6))
    _, pdf = print_document(other.number, "notification", "kk", users["executor"])
    assert squash("Арнайы комиссияның жұмыс органы басшысының м.а.") in squash(text_of(pdf, tmp_path))
    # the head's own signature keeps the plain title
    third = _to_signature(
        workflow.submit(person, 3, "direct", users["office_clerk"], at=T0), users, users["executor"]
    )
    workflow.sign(third, users["head"], at(1.7))
    _, pdf = print_document(third.number, "notification", "kk", users["executor"])
    assert "м.а." not in text_of(pdf, tmp_path)


def test_heads_desk_shows_who_is_away(qtbot, users):
    from ui_work import session_for

    from desk_app.ui.tabs.head_tab import HeadTab

    absence.record(users["executor2"], dt.date.today(), dt.date.today(), "trip", users["head"])
    tab = HeadTab(session_for(users["head"]))
    qtbot.addWidget(tab)
    tab.refresh()
    names = [tab.reassign_combo.itemText(i) for i in range(tab.reassign_combo.count())]
    assert any(users["executor2"].surname in n and "жұмыста жоқ" in n for n in names)
    assert any(users["executor"].surname in n and "жоқ" not in n for n in names)
