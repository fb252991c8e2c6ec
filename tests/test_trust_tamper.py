"""A corpus of tampering: each case edits a copy of a demo office behind the engine's back,
and `check` must report it (exit 1), naming the table and the row."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desk_app.cli.main import main
from desk_app.core import auth
from desk_app.core.db import close_db, init_db
from desk_app.core.errors import PermissionDenied


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory):
    from desk_app.core.demo.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    init_db(path)
    build_demo(persons=25, applications=30)
    for _ in range(auth.MAX_FAILURES):  # an account locked now, as a guesser leaves it
        with pytest.raises(PermissionDenied):
            auth.authenticate("executor2", "999999")
    close_db()
    return path


def _card_without_applications(con) -> int:
    return con.execute(
        "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM application) ORDER BY id LIMIT 1"
    ).fetchone()[0]


# each case: (edit the copy through sqlite3) -> the words check must print
CASES = {
    "card deleted": (
        lambda con: con.execute("DELETE FROM person WHERE id = ?", (_card_without_applications(con),)),
        "card ",
    ),
    "card edited": (
        lambda con: con.execute("UPDATE person SET address = 'Басқа мекенжай' WHERE id = 1"),
        "card 1:",
    ),
    "login renamed": (
        lambda con: con.execute("UPDATE user SET login = 'boss' WHERE login = 'head'"),
        "user boss: login differs",
    ),
    "PIN hash replaced": (
        lambda con: con.execute(
            "UPDATE user SET pin_hash = (SELECT pin_hash FROM user WHERE login = 'executor') "
            "WHERE login = 'admin'"
        ),
        "user admin: PIN hash",
    ),
    "lock-out cleared": (
        lambda con: con.execute(
            "UPDATE user SET locked_until = NULL, failed_attempts = 0 WHERE login = 'executor2'"
        ),
        "user executor2: audited lock-out",
    ),
    "user deleted": (
        lambda con: con.execute("DELETE FROM user WHERE login = 'executor2'"),
        "user executor2: audited but missing",
    ),
    "application state": (
        lambda con: con.execute("UPDATE application SET state = state || 'x' WHERE id = 1"),
        "application ",
    ),
    "applications emptied": (
        lambda con: [
            con.execute(f"DELETE FROM {t}")
            for t in (
                "movement",
                "step",
                "attached_document",
                "refusal_ground",
                "printed_document",
                "application",
            )
        ],
        "audited but missing",
    ),
    "extra trigger": (
        lambda con: con.execute(
            "CREATE TRIGGER wipe AFTER UPDATE ON application BEGIN DELETE FROM movement; END"
        ),
        "schema: extra trigger wipe",
    ),
    "audit triggers made no-ops": (
        lambda con: [
            con.execute(s)
            for s in (
                "DROP TRIGGER audit_log_no_delete",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END",
            )
        ],
        "schema: altered trigger audit_log_no_delete",
    ),
    "unique index dropped": (
        lambda con: con.execute("DROP INDEX person_iin"),
        "schema: missing index person_iin",
    ),
    "audit tail cut": (
        lambda con: [
            con.execute(s)
            for s in (
                "DROP TRIGGER audit_log_no_delete",
                "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
            )
        ],
        "audit_log_no_delete",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_reports_every_tampering(case, demo_office, tmp_path, capsys):
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_office, path)
    edit, words = CASES[case]
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    edit(con)
    con.commit()
    con.close()
    assert main(["check", "--db", str(path), "--json"]) == 1, case
    out = json.loads(capsys.readouterr().out)
    lines = out["storage"] + out["audit"] + out["workflow"]
    assert any(words in line for line in lines), (case, lines)


def test_the_untouched_copy_checks_clean(demo_office, tmp_path, capsys):
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_office, path)
    assert main(["check", "--db", str(path), "--json"]) == 0, capsys.readouterr().out
