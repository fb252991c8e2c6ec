"""The meaning of a scan: by role and state, through the real workflow engine."""

from __future__ import annotations

import datetime as dt
import logging

from scan_support import T0, advance, center_app, db_url

from desk_app.core import bundles, workflow
from desk_app.core.models import Application, AuditLog, Movement
from desk_app.core.scanning import custody_gaps, handle_scan, normalize


def _moves(app, kind=None):
    q = Movement.select().where(Movement.application == app)
    if kind:
        q = q.where(Movement.kind == kind)
    return list(q)


def test_normalize_strips_noise_and_validates():
    assert normalize(" 2026-000123\r\n") == "2026-000123"
    assert normalize("]C02026-000123") == "2026-000123"
    assert normalize("\x022026-000123\x03") == "2026-000123"
    assert normalize("#2026-000123*", prefix="#", suffix="*") == "2026-000123"
    assert normalize('әқә,өқққ"әі') == "2026-000123"  # a HID scanner under the Kazakh layout
    for bad in ("", "2026-00012", "2026-0001234", "20260-00123", "абв", "2026_000123", "2026-000123 x"):
        assert normalize(bad) is None, bad


def test_dispatch_scan_sends_and_joins_bundle(users, person):
    a1 = center_app(users, person)
    a2 = center_app(users, person)
    at = T0 + dt.timedelta(hours=1)
    out = handle_scan(a1.number + "\r", "dispatch_inspector", users["dispatch_inspector"], at)
    assert out.outcome == "recorded" and out.kind == "sent_to_body" and out.bundle_size == 1
    assert out.state == "to_body" and out.step == 3  # in transit until the clerk scans it in
    out2 = handle_scan(
        a2.number, "dispatch_inspector", users["dispatch_inspector"], at + dt.timedelta(minutes=1)
    )
    assert out2.bundle_size == 2
    assert [a.number for a in bundles.bundle_of(users["dispatch_inspector"], at.date())] == [
        a1.number,
        a2.number,
    ]
    mv = _moves(a1, "sent_to_body")
    assert len(mv) == 1 and mv[0].payload == a1.number + "\r" and mv[0].role == "dispatch_inspector"
    assert "жөнелтілді" in out.kk and "отправлено" in out.ru


def test_control_bytes_in_the_payload_are_spelled_out(users, person):
    app = center_app(users, person)
    out = handle_scan("\x00" + app.number + "\r", "dispatch_inspector", users["dispatch_inspector"], T0)
    assert out.outcome == "recorded"
    assert _moves(app)[0].payload == "\\x00" + app.number + "\r"


def test_repeat_scan_is_duplicate_and_changes_nothing(users, person):
    app = center_app(users, person)
    handle_scan(app.number, "dispatch_inspector", users["dispatch_inspector"], T0)
    before = Application.get_by_id(app.id)
    audits = AuditLog.select().count()
    out = handle_scan(
        app.number, "dispatch_inspector", users["dispatch_inspector"], T0 + dt.timedelta(minutes=3)
    )
    assert out.outcome == "duplicate"
    assert len(_moves(app)) == 1
    after = Application.get_by_id(app.id)
    assert after.version == before.version and AuditLog.select().count() == audits


def test_clerk_scan_registers_step3(users, person):
    app = center_app(users, person)
    advance(app, users, "register")
    out = handle_scan(app.number, "office_clerk", users["office_clerk"], T0 + dt.timedelta(hours=2))
    assert out.outcome == "recorded" and out.kind == "received_by_body" and out.step == 4
    assert len(_moves(app, "received_by_body")) == 1
    assert handle_scan(app.number, "office_clerk", users["office_clerk"]).outcome == "duplicate"


def test_center_inspector_scan_opens_issue(users, person):
    app = center_app(users, person)
    app = advance(app, users, "in_transit")
    out = handle_scan(app.number, "center_inspector", users["center_inspector"], T0 + dt.timedelta(days=3))
    assert out.outcome == "recorded" and out.kind == "result_at_center"
    app = workflow.get_application(app.number)
    assert app.state == "issue" and app.current_step == 8
    # issuing is a separate action: a second scan changes nothing
    assert handle_scan(app.number, "center_inspector", users["center_inspector"]).outcome == "duplicate"
    assert workflow.get_application(app.number).state == "issue"


def test_scans_the_state_does_not_allow_are_refused(users, person):
    app = center_app(users, person)
    v = app.version
    # the clerk scans a folder the Center has not marked as sent
    out = handle_scan(app.number, "office_clerk", users["office_clerk"], T0)
    assert out.outcome == "refused" and out.kk and out.ru and "жолданбаған" in out.kk
    # the Center inspector scans a result that has not been sent yet
    out = handle_scan(app.number, "center_inspector", users["center_inspector"], T0)
    assert out.outcome == "refused" and "Результат" in out.ru
    # a user without the desk's role
    out = handle_scan(app.number, "dispatch_inspector", users["office_clerk"], T0)
    assert out.outcome == "refused"
    assert Application.get_by_id(app.id).version == v and not _moves(app)


def test_direct_channel_folder_is_refused(users, person):
    app = workflow.submit(person, 3, "direct", users["office_clerk"], [], at=T0)
    out = handle_scan(app.number, "office_clerk", users["office_clerk"], T0)
    assert out.outcome == "refused" and "напрямую" in out.ru


def test_unknown_and_malformed_codes(users, person, caplog):
    caplog.set_level(logging.WARNING, "desk_app.core.scanning")
    for payload in ("", "hello", "\x00\xff", "2026-999999", "9" * 500):
        out = handle_scan(payload, "dispatch_inspector", users["dispatch_inspector"], T0)
        assert out.outcome == "unknown", payload
        assert out.kk and out.ru and len(out.payload) <= 200
    assert len([r for r in caplog.records if "unknown" in r.getMessage()]) == 5
    assert Movement.select().count() == 0


def test_other_roles_get_the_lookup(users, person):
    app = center_app(users, person)
    for role in ("head", "executor", "admin"):
        out = handle_scan(app.number, role, users[role if role != "admin" else "admin"], T0)
        assert out.outcome == "lookup" and out.status["number"] == app.number
        assert out.status["state"] == "dispatch"
        assert out.kk.startswith(f"{app.number}: 2-қадам") and "шаг 2" in out.ru
    assert not _moves(app)


def test_custody_gaps(users, person):
    scanned = center_app(users, person)
    advance(scanned, users, "issue")  # all three moves scanned
    no_reg_scan = center_app(users, person)
    advance(no_reg_scan, users, "dispatch")
    handle_scan(no_reg_scan.number, "dispatch_inspector", users["dispatch_inspector"], T0)
    workflow.register_received(no_reg_scan, users["office_clerk"], T0 + dt.timedelta(hours=1))
    manual = center_app(users, person)
    advance(manual, users, "in_transit", payload=None)  # every move by the button
    direct = workflow.submit(person, 3, "direct", users["office_clerk"], [], at=T0)
    advance(direct, users, "deliver")
    gaps = {(g.number, g.step): g for g in custody_gaps()}
    assert set(gaps) == {(no_reg_scan.number, 3), (manual.number, 2), (manual.number, 3)}
    assert gaps[(no_reg_scan.number, 3)].missing == "received_by_body"
    assert gaps[(manual.number, 2)].marked_without_scan  # dispatch always writes a movement
    assert not gaps[(manual.number, 3)].marked_without_scan
    # the result arrives by the button too: step 8 opens with no scanned folder
    workflow.result_arrived(
        workflow.get_application(manual.number), users["center_inspector"], T0 + dt.timedelta(days=5)
    )
    gaps = {(g.number, g.step): g for g in custody_gaps()}
    assert gaps[(manual.number, 8)].missing == "result_at_center"
    assert gaps[(manual.number, 8)].to_dict()["at"].startswith("2026-03-0")


def test_custody_command_lists_gaps(db, users, person, capsys):
    import json

    from desk_app.cli.main import main

    app = center_app(users, person)
    advance(app, users, "assign", payload=None)
    assert main(["custody", "--db", db_url(db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["number"], r["step"], r["missing"]) for r in rows] == [
        (app.number, 2, "sent_to_body"),
        (app.number, 3, "received_by_body"),
    ]


def test_race_with_another_desk_is_a_duplicate(users, person, monkeypatch):
    app = center_app(users, person)
    real = workflow.dispatch

    def other_desk_first(a, by, at=None, payload=""):
        real(a, by, at, payload="other desk")  # the other scanner wins the race
        return real(a, by, at, payload=payload)  # ours then finds the state moved on

    monkeypatch.setattr(workflow, "dispatch", other_desk_first)
    out = handle_scan(app.number, "dispatch_inspector", users["dispatch_inspector"], T0)
    assert out.outcome == "duplicate"
    assert [m.payload for m in _moves(app)] == ["other desk"]


def test_unknown_and_refused_scans_are_kept_for_review(users, person):
    from desk_app.core import scan_log

    app = center_app(users, person)
    handle_scan("smudge", "office_clerk", users["office_clerk"], T0)
    handle_scan(app.number, "office_clerk", users["office_clerk"], T0 + dt.timedelta(minutes=1))
    handle_scan(
        app.number, "dispatch_inspector", users["dispatch_inspector"], T0 + dt.timedelta(minutes=2)
    )  # recorded: not a problem
    handle_scan(app.number, "head", users["head"], T0)  # a look-up: not a problem
    rows = scan_log.problems()
    assert [(r.outcome, r.number, r.user) for r in rows] == [
        ("refused", app.number, "office_clerk"),
        ("unknown", None, "office_clerk"),
    ]
    assert rows[0].kk and rows[0].ru and rows[1].payload == "smudge"
    assert [r.outcome for r in scan_log.problems(since=T0 + dt.timedelta(seconds=30))] == ["refused"]
