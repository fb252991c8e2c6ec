"""A corpus of tampering (issue 14): each case edits a copy of a small demo office behind the
application's back (raw SQL, as a hand with a database tool would), and `check` must report
it — exit 1, naming the table and the row. Every business row is compared with its last
after-image in the audit chain (core/row_images.py); a recomputed chain is caught against an
anchor taken before the rewrite (core/anchor.py).

On SQLite each case edits a copy of the file and runs the command line; on PostgreSQL the
same edits run in a transaction that `check` reads before it is rolled back.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable
from typing import Any

import peewee as pw
import pytest

from desk_app.cli.main import main
from desk_app.core import absence, audit, auth, office_calendar, overrides
from desk_app.core.db import close_db, init_db
from desk_app.core.errors import PermissionDenied
from desk_app.core.models import User


def _furnish() -> None:
    """A demo office with one of everything the corpus edits: a locked account, a printed
    document, a refused scan, a calendar edit, an absence, a regulation list edit."""
    from desk_app.core.demo.demo import build_demo
    from desk_app.core.scanning import handle_scan
    from desk_app.documents.service import print_document

    build_demo(persons=25, applications=30)
    admin = User.get(User.login == "admin")
    office_calendar.set_day(dt.date(2026, 5, 4), False, admin, "санитарлық күн")
    absence.record(
        User.get(User.login == "executor2"), dt.date(2026, 7, 1), dt.date(2026, 7, 14), "leave", admin
    )
    overrides.set_item(admin, "kzo-251-2012-486", 2, "ground", "compensation_paid", "Өтемақы", "Компенсация")
    from desk_app.core.models import Application

    app = Application.select().order_by(Application.id).first()
    print_document(app.number, "talon", "kk", "office_clerk")
    handle_scan("ЖОҚ-КОД-42\r", "dispatch_inspector", User.get(User.login == "dispatch_inspector"))
    for _ in range(auth.MAX_FAILURES):  # an account locked now, as a guesser leaves it
        with pytest.raises(PermissionDenied):
            auth.authenticate("executor2", "999999")


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    init_db(path)
    _furnish()
    close_db()
    return path


# ---------------------------------------------------------------- the cases
# Each takes a DB-API cursor-like `q(sql) -> rows` and returns the words `check` must print
# (table and row key first). The SQL runs unchanged on SQLite and PostgreSQL.

Q = Callable[[str], list]


def _one(q: Q, sql: str) -> Any:
    rows = q(sql)
    assert rows, sql
    return rows[0][0]


def _app(q: Q, where: str = "1 = 1") -> int:
    return int(_one(q, f"SELECT id FROM application WHERE {where} ORDER BY id LIMIT 1"))


def _uid(q: Q, login: str) -> int:
    return int(_one(q, f"SELECT id FROM \"user\" WHERE login = '{login}'"))


def moved_to_another_citizen(q: Q) -> str:
    a = _app(q)
    q(f"UPDATE application SET person_id = (SELECT MAX(id) FROM person) WHERE id = {a}")
    return f"application {a}: person_id"


def refusal_reasoning_changed(q: Q) -> str:
    a = _app(q, "refusal_reasoning <> ''")
    q(f"UPDATE application SET refusal_reasoning = 'Басқа негіздеме' WHERE id = {a}")
    return f"application {a}: refusal_reasoning"


def issued_to_changed(q: Q) -> str:
    a = _app(q, "issued_to <> ''")
    q(f"UPDATE application SET issued_to = 'Бөтен адам' WHERE id = {a}")
    return f"application {a}: issued_to"


def accepted_by_changed(q: Q) -> str:
    a = _app(q)
    q(f"UPDATE application SET accepted_by_id = {_uid(q, 'head')} WHERE id = {a}")
    return f"application {a}: accepted_by_id"


def closing_date_changed(q: Q) -> str:
    a = _app(q, "closed_at IS NOT NULL")
    q(f"UPDATE application SET closed_at = submitted_at WHERE id = {a}")
    return f"application {a}: closed_at"


def state_changed(q: Q) -> str:
    a = _app(q, "state <> 'closed'")
    q(f"UPDATE application SET state = 'closed' WHERE id = {a}")
    return f"application {a}: state"


def result_changed(q: Q) -> str:
    a = _app(q, "result = 'refusal'")
    q(f"UPDATE application SET result = 'decision' WHERE id = {a}")
    return f"application {a}: result"


def card_deleted(q: Q) -> str:
    p = _one(q, "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM application) ORDER BY id")
    q(f"DELETE FROM nuclear_period WHERE person_id = {p}")
    q(f"DELETE FROM id_document WHERE person_id = {p}")
    q(f"DELETE FROM person WHERE id = {p}")
    return f"person {p}: audited but missing"


def card_edited(q: Q) -> str:
    q("UPDATE person SET address = 'Басқа мекенжай' WHERE id = 1")
    return "person 1: address"


def card_added(q: Q) -> str:
    q(
        "INSERT INTO person (iin, surname, name, patronymic, surname_key, name_key, birth_date, sex, "
        "address, phone, education, profession, last_employment, disability_cause, employer, "
        "rehab_items, contraindications, created_at, updated_at, version) SELECT '990101300000', "
        "surname, name, patronymic, surname_key, name_key, birth_date, sex, address, phone, "
        "education, profession, last_employment, disability_cause, employer, rehab_items, "
        "contraindications, created_at, updated_at, 1 FROM person WHERE id = 1"
    )
    p = _one(q, "SELECT id FROM person WHERE iin = '990101300000'")
    return f"person {p}: no audit record"


def nuclear_zone_edited(q: Q) -> str:
    n = _one(q, "SELECT id FROM nuclear_period ORDER BY id")
    q(f"UPDATE nuclear_period SET zone = 'extreme' WHERE id = {n}")
    return f"nuclear_period {n}: zone"


def step_done_by_another(q: Q) -> str:
    s = _one(q, "SELECT id FROM step WHERE completed_at IS NOT NULL ORDER BY id")
    q(f"UPDATE step SET user_id = {_uid(q, 'admin')} WHERE id = {s}")
    return f"step {s}: user_id"


def step_done_at_another_time(q: Q) -> str:
    s = _one(q, "SELECT id FROM step WHERE completed_at > started_at ORDER BY id")
    q(f"UPDATE step SET completed_at = started_at WHERE id = {s}")
    return f"step {s}: completed_at"


def step_added(q: Q) -> str:
    q(
        "INSERT INTO step (application_id, no, role, started_at, counted, outcome, note) "
        "SELECT application_id, no, role, started_at, counted, outcome, note FROM step WHERE id = 1"
    )
    s = _one(q, "SELECT MAX(id) FROM step")
    return f"step {s}: no audit record"


def refusal_grounds_swapped(q: Q) -> str:
    g = _one(q, "SELECT id FROM refusal_ground ORDER BY id")
    q(f"UPDATE refusal_ground SET code = 'another_ground' WHERE id = {g}")
    return f"refusal_ground {g}: code"


def attached_document_removed(q: Q) -> str:
    d = _one(q, "SELECT id FROM attached_document ORDER BY id DESC")
    q(f"DELETE FROM attached_document WHERE id = {d}")
    return f"attached_document {d}: audited but missing"


def movement_removed(q: Q) -> str:
    m = _one(q, "SELECT id FROM movement ORDER BY id")
    q(f"DELETE FROM movement WHERE id = {m}")
    return f"movement {m}: audited but missing"


def pin_hash_replaced(q: Q) -> str:
    q(
        'UPDATE "user" SET pin_hash = (SELECT pin_hash FROM "user" WHERE login = \'executor\') '
        "WHERE login = 'admin'"
    )
    return f"user {_uid(q, 'admin')}: pin_hash"


def lock_out_cleared(q: Q) -> str:
    q("UPDATE \"user\" SET locked_until = NULL, failed_attempts = 0 WHERE login = 'executor2'")
    return f"user {_uid(q, 'executor2')}: failed_attempts, locked_until"


def login_renamed(q: Q) -> str:
    u = _uid(q, "head")
    q("UPDATE \"user\" SET login = 'boss' WHERE login = 'head'")
    return f"user {u}: login"


def roles_widened(q: Q) -> str:
    u = _uid(q, "executor")
    q(f"UPDATE \"user\" SET roles = 'executor,admin' WHERE id = {u}")
    return f"user {u}: roles"


def user_deleted(q: Q) -> str:
    u = _uid(q, "center_head")
    q(f'DELETE FROM "user" WHERE id = {u}')
    return f"user {u}: audited but missing"


def office_settings_edited(q: Q) -> str:
    q("UPDATE office_setting SET value = 'Басқа аудан' WHERE key = 'district'")
    return "office_setting district: value"


def calendar_edit_changed(q: Q) -> str:
    c = _one(q, "SELECT id FROM calendar_edit ORDER BY id")
    q(f"UPDATE calendar_edit SET note = 'мереке' WHERE id = {c}")
    return f"calendar_edit {c}: note"


def stored_pdf_changed(q: Q) -> str:
    p = _one(q, "SELECT id FROM printed_document ORDER BY id")
    q(f"UPDATE printed_document SET pdf = substr(pdf, 2) WHERE id = {p}")  # one byte less
    return f"printed_document {p}: pdf"


def journal_entry_changed(q: Q) -> str:
    e = _one(q, "SELECT id FROM outgoing_entry ORDER BY id")
    q(f"UPDATE outgoing_entry SET \"user\" = 'head' WHERE id = {e}")
    return f"outgoing_entry {e}: user"


def scan_log_edited(q: Q) -> str:
    s = _one(q, "SELECT id FROM scan_log_entry ORDER BY id")
    q(f"UPDATE scan_log_entry SET payload = 'басқа' WHERE id = {s}")
    return f"scan_log_entry {s}: payload"


def scan_log_deleted(q: Q) -> str:
    s = _one(q, "SELECT id FROM scan_log_entry ORDER BY id")
    q(f"DELETE FROM scan_log_entry WHERE id = {s}")
    return f"scan_log_entry {s}: audited but missing"


def complaint_answer_changed(q: Q) -> str:
    c = _one(q, "SELECT id FROM complaint WHERE answer <> '' ORDER BY id")
    q(f"UPDATE complaint SET answer = 'Басқа жауап' WHERE id = {c}")
    return f"complaint {c}: answer"


def absence_moved(q: Q) -> str:
    a = _one(q, "SELECT id FROM absence ORDER BY id")
    q(f"UPDATE absence SET date_to = date_from WHERE id = {a}")
    return f"absence {a}: date_to"


def regulation_list_edited(q: Q) -> str:
    r = _one(q, "SELECT id FROM regulation_override ORDER BY id")
    q(f"UPDATE regulation_override SET kk = 'Басқа' WHERE id = {r}")
    return f"regulation_override {r}: kk"


def database_emptied(q: Q) -> str:
    for t in (
        "movement",
        "step",
        "attached_document",
        "refusal_ground",
        "printed_document",
        "outgoing_entry",
        "complaint",
        "application",
        "nuclear_period",
        "id_document",
        "person",
    ):
        q(f"DELETE FROM {t}")
    return "application 1: audited but missing"


CASES: dict[str, Callable[[Q], str]] = {
    f.__name__: f
    for f in (
        moved_to_another_citizen,
        refusal_reasoning_changed,
        issued_to_changed,
        accepted_by_changed,
        closing_date_changed,
        state_changed,
        result_changed,
        card_deleted,
        card_edited,
        card_added,
        nuclear_zone_edited,
        step_done_by_another,
        step_done_at_another_time,
        step_added,
        refusal_grounds_swapped,
        attached_document_removed,
        movement_removed,
        pin_hash_replaced,
        lock_out_cleared,
        login_renamed,
        roles_widened,
        user_deleted,
        office_settings_edited,
        calendar_edit_changed,
        stored_pdf_changed,
        journal_entry_changed,
        scan_log_edited,
        scan_log_deleted,
        complaint_answer_changed,
        absence_moved,
        regulation_list_edited,
        database_emptied,
    )
}

# Cutting the chain's tail needs the append-only triggers out of the way; a careful hand
# puts them back exactly as they were, so the storage check sees nothing.
SQLITE_CUTS = {
    "last audit rows cut (a failed PIN)": 2,  # the PIN failure's record and its note's image
    "last audit rows cut (the failed PINs' whole tail)": 10,
}


def _edit_copy(src, dst, edit: Callable[[sqlite3.Connection], Any]) -> Any:
    shutil.copy(src, dst)
    con = sqlite3.connect(dst)
    con.execute("PRAGMA foreign_keys = OFF")
    got = edit(con)
    con.commit()
    con.close()
    return got


def _check_json(path, capsys, *extra: str) -> tuple[int, list[str]]:
    code = main(["check", "--db", str(path), "--json", *extra])
    out = json.loads(capsys.readouterr().out)
    return code, out["storage"] + out["audit"] + out["workflow"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_names_every_row_changed_behind_the_application(case, demo_office, tmp_path, capsys):
    path = tmp_path / "copy.sqlite"
    words = _edit_copy(demo_office, path, lambda con: CASES[case](lambda sql: con.execute(sql).fetchall()))
    code, lines = _check_json(path, capsys)
    assert code == 1 and any(words in line for line in lines), (case, words, lines)


def _cut_tail(con: sqlite3.Connection, n: int) -> None:
    triggers = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    saved = [sql for (sql,) in triggers.fetchall()]
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute(f"DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - {n}")
    for sql in saved:
        con.execute(sql)


@pytest.mark.parametrize("case", sorted(SQLITE_CUTS))
def test_a_cut_tail_of_the_chain_is_seen(case, demo_office, tmp_path, capsys):
    path = tmp_path / "copy.sqlite"
    _edit_copy(demo_office, path, lambda con: _cut_tail(con, SQLITE_CUTS[case]))
    code, lines = _check_json(path, capsys)
    assert code == 1, lines
    assert not any(line.startswith("schema") for line in lines), lines  # the triggers are back
    assert any(line.startswith(("office_setting audit_head", "user ")) for line in lines), lines


def _recompute_chain(con: sqlite3.Connection) -> None:
    """What a careful forger does: change a card and its after-image, recompute every hash,
    put the append-only triggers back exactly as they were."""
    triggers = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    saved = [sql for (sql,) in triggers.fetchall()]
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("UPDATE person SET address = 'Жалған мекенжай' WHERE id = 1")
    rid, after = con.execute(
        "SELECT id, after FROM audit_log WHERE entity = 'person' AND entity_id = '1' "
        "AND action LIKE 'row.%' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    image = json.loads(after)
    image["address"] = "Жалған мекенжай"
    text = json.dumps(image, ensure_ascii=False, separators=(",", ":"))
    con.execute("UPDATE audit_log SET after = ? WHERE id = ?", (text, rid))
    prev = audit.GENESIS
    rows = con.execute(
        "SELECT id, at, user, action, entity, entity_id, before, after FROM audit_log ORDER BY id"
    ).fetchall()
    for i, at, user, action, entity, eid, before, after in rows:
        at = dt.datetime.fromisoformat(str(at)).isoformat(timespec="seconds")
        h = audit.row_hash(prev, at, user, action, entity, eid, before, after)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, i))
        prev = h
    for sql in saved:
        con.execute(sql)


def test_a_rewritten_history_is_caught_against_an_anchor_taken_before(demo_office, tmp_path, capsys):
    from desk_app.core.anchor import chain_head

    init_db(demo_office, readonly=True)
    mark = chain_head()  # e.g. printed on the month's report before the rewrite
    close_db()
    path = tmp_path / "copy.sqlite"
    _edit_copy(demo_office, path, _recompute_chain)
    code, lines = _check_json(path, capsys)
    assert code == 0, lines  # alone, the recomputed chain and images agree
    code, lines = _check_json(path, capsys, "--anchor", mark)
    assert code == 1 and any("anchor" in line and "rewritten" in line for line in lines), lines


def test_the_untouched_copy_checks_clean_and_keeps_its_bytes(demo_office, tmp_path, capsys):
    import hashlib

    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_office, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, lines = _check_json(path, capsys)
    assert code == 0, lines
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="module")
def pg_office():
    from conftest import PG_URL

    if not PG_URL:
        pytest.skip("KENSE_TEST_PG not set")
    import uuid

    import psycopg2

    name = f"kense_tamper_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    url = f"{PG_URL.rsplit('/', 1)[0]}/{name}"
    init_db(url)
    _furnish()
    close_db()
    yield url
    admin.cursor().execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_postgresql_check_names_every_row_changed_behind_the_application(case, pg_office):
    from desk_app.core.safety.check import run_check

    db = init_db(pg_office, migrate=False)
    try:
        assert isinstance(db, pw.PostgresqlDatabase)

        def q(sql: str) -> list:
            cur = db.execute_sql(sql)
            return cur.fetchall() if cur.description else []

        with db.atomic() as txn:
            db.execute_sql("SET CONSTRAINTS ALL DEFERRED")
            db.execute_sql("SET LOCAL session_replication_role = replica")  # no FK triggers
            words = CASES[case](q)
            report = run_check()
            txn.rollback()
        lines = report.storage + report.audit + report.workflow
        assert not report.ok and any(words in line for line in lines), (case, words, lines)
    finally:
        close_db()


# ---------------------------------------------------------------- the hook itself


def test_every_kind_of_peewee_write_leaves_the_rows_images(db, users):
    """create, save, update(), delete(), insert_many, replace, bulk_create, delete_instance,
    an upsert: each leaves after-images (or tombstones), so `check` finds nothing amiss."""
    from desk_app.core.models import AuditLog, CalendarEdit, OfficeSetting
    from desk_app.core.safety.check import check_audit

    at = dt.datetime(2026, 3, 2, 10)
    day = dt.date(2026, 5, 4)
    CalendarEdit.create(day=day, working=False, note="a", user="admin", at=at)
    e = CalendarEdit.get(CalendarEdit.day == day)
    e.note = "b"
    e.save()
    CalendarEdit.update(note="c").where(CalendarEdit.working == False).execute()  # noqa: E712
    rows = [{"day": day + dt.timedelta(days=i), "working": True, "user": "x", "at": at} for i in (1, 2, 3)]
    CalendarEdit.insert_many(rows).execute()
    CalendarEdit.bulk_create([CalendarEdit(day=dt.date(2026, 6, 1), working=True, user="x", at=at)])
    CalendarEdit.delete().where(CalendarEdit.day == day + dt.timedelta(days=1)).execute()
    CalendarEdit.get(CalendarEdit.day == day + dt.timedelta(days=2)).delete_instance()
    OfficeSetting.insert(key="k", value="1").on_conflict(
        conflict_target=[OfficeSetting.key], update={OfficeSetting.value: "2"}
    ).execute()
    OfficeSetting.insert(key="k", value="1").on_conflict(
        conflict_target=[OfficeSetting.key], update={OfficeSetting.value: "3"}
    ).execute()
    User.update(failed_attempts=1).execute()  # every row, no WHERE
    db.begin()  # a transaction begun by hand, which peewee does not count
    CalendarEdit.create(day=dt.date(2026, 6, 2), working=True, user="x", at=at)
    db.commit()
    assert check_audit() == []
    tomb = AuditLog.select().where(AuditLog.action == "row.delete", AuditLog.entity == "calendar_edit")
    assert tomb.count() == 2
    last = (
        AuditLog.select()
        .where(AuditLog.entity == "office_setting", AuditLog.entity_id == "k")
        .order_by(AuditLog.id.desc())
        .first()
    )
    assert json.loads(last.after) == {"key": "k", "value": "3"}
    # and a write that bypasses peewee is named
    db.execute_sql(
        "UPDATE calendar_edit SET note = 'd' WHERE working = %s"
        % ("TRUE" if isinstance(db, pw.PostgresqlDatabase) else "1")
    )
    assert any(p.startswith("calendar_edit ") and ": note differs" in p for p in check_audit())
