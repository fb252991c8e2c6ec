"""The command line drives the same domain without a display."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, check=True):
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_version():
    assert cli("--version").stdout.startswith("kense ")


def test_demo_and_status_json(tmp_path):
    db = tmp_path / "demo.sqlite"
    out = json.loads(
        cli("demo", "--db", str(db), "--applications", "120", "--persons", "40", "--json").stdout
    )
    assert out["applications"] == 120
    lines = cli("status", "--db", str(db), "--json").stdout.splitlines()
    rows = [json.loads(x) for x in lines]
    assert len(rows) == 120
    keys = {
        "number",
        "service",
        "channel",
        "state",
        "result",
        "submitted_at",
        "term_due_at",
        "result_due_at",
        "overdue",
        "notice_due_at",
        "informed",
        "applicant",
        "steps",
        "movements",
    }
    assert all(set(r) == keys for r in rows)
    assert {r["service"] for r in rows} == {1, 2, 3, 4}
    assert {r["channel"] for r in rows} == {"center", "direct"}
    assert {r["result"] for r in rows} >= {None, "notification", "decision", "refusal"}
    for r in rows:
        assert set(r["applicant"]) == {"iin", "surname", "name", "patronymic"}
        for s in r["steps"]:
            assert set(s) == {
                "no",
                "role",
                "user",
                "user_name",
                "started_at",
                "due_at",
                "completed_at",
                "counted",
            }
            assert len(s["started_at"]) == 19  # whole seconds, no offset
            assert (s["user"] is None) == (s["user_name"] is None)  # a login and a person's name
            assert s["user_name"] is None or (s["user_name"] != s["user"] and " " in s["user_name"])
        for m in r["movements"]:
            assert set(m) == {"at", "kind", "by", "by_name"}
    one = json.loads(cli("status", rows[5]["number"], "--db", str(db), "--json").stdout)
    assert one == rows[5]
    # deterministic per seed
    db2 = tmp_path / "demo2.sqlite"
    cli("demo", "--db", str(db2), "--applications", "120", "--persons", "40", "--json")
    rows2 = [json.loads(x) for x in cli("status", "--db", str(db2), "--json").stdout.splitlines()]
    assert [(r["number"], r["state"], r["applicant"]["iin"]) for r in rows] == [
        (r["number"], r["state"], r["applicant"]["iin"]) for r in rows2
    ]


def empty_office(path: Path) -> Path:
    """An existing, migrated, empty database: commands refuse a path that does not exist."""
    from desk_app.core.db import close_db, init_db

    init_db(path)
    close_db()
    return path


def test_unknown_number_is_a_clear_error(tmp_path):
    empty_office(tmp_path / "x.sqlite")
    r = cli("status", "2026-999999", "--db", str(tmp_path / "x.sqlite"), check=False)
    assert r.returncode == 2
    assert "табылмады" in r.stderr and "не найдено" in r.stderr
    r = cli("status", "2026-999999", "--db", str(tmp_path / "x.sqlite"), "--json", check=False)
    assert json.loads(r.stdout)["field"] == "number"


def test_calendar(tmp_path):
    empty_office(tmp_path / "c.sqlite")
    rows = [
        json.loads(x)
        for x in cli("calendar", "2025", "--json", "--db", str(tmp_path / "c.sqlite")).stdout.splitlines()
    ]
    by_date = {r["date"]: r for r in rows}
    assert by_date["2025-03-21"]["kind"] == "holiday" and not by_date["2025-03-21"]["working"]
    assert by_date["2025-01-03"]["kind"] == "substituted"
    assert by_date["2025-01-05"]["kind"] == "working_weekend" and by_date["2025-01-05"]["working"]


def test_help_of_a_subcommand_and_db_before_it(tmp_path):
    assert "--applications" in cli("demo", "--help").stdout
    assert "COMMAND" in cli("--help").stdout
    db = tmp_path / "d.sqlite"
    cli("demo", "--db", str(db), "--applications", "5", "--persons", "5", "--json")
    first = cli("status", "2026-000001", "--db", str(db), check=False)
    before = cli("--db", str(db), "status", "2026-000001", check=False)
    assert (first.returncode, first.stdout) == (before.returncode, before.stdout)
