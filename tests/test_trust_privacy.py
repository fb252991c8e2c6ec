"""Secrets and personal data stay in the database: logs and crash reports hold command names
and option names only; files and folders are private to the user on Linux."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from safe_flow import submit

from desk_app import crash
from desk_app.cli.main import main
from desk_app.core.db import close_db
from desk_app.core.paths import user_data_dir, user_log_dir
from desk_app.logs import teardown_logging


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_logs_and_crash_reports_keep_no_secret_or_personal_data(
    db, users, person, tmp_path, capsys, stdin_pins, monkeypatch
):
    from test_check import _url

    url = _url(db)
    secret_url = "postgresql://kense:Pa55-word@127.0.0.1:1/kense"
    runs = [
        ["find", person.iin, "--db", url],
        ["find", person.surname, "--db", url],
        ["status", "--db", secret_url],
        [
            "user",
            "add",
            "nurlan",
            "--surname",
            "Сейітов",
            "--name",
            "Нұрлан",
            "--roles",
            "executor",
            "--db",
            url,
        ],
    ]
    stdin_pins("0000", "864213")
    for argv in runs:
        monkeypatch.setattr(sys, "argv", ["main.py", *argv])
        main(argv)
    app = submit(users, person, 2, "direct")
    try:  # an unexpected error whose message carries personal data and a password
        raise RuntimeError(f"boom {person.iin} {person.surname} {secret_url} --pin 864213 {app.number}")
    except RuntimeError as e:
        _, report = crash.handle(type(e), e, e.__traceback__)
    teardown_logging()
    capsys.readouterr()
    files = [*user_log_dir().glob("kense.log*"), report]
    text = "".join(p.read_text(encoding="utf-8") for p in files)
    assert "find" in text and "user" in text and "boom" in text  # the log does say what ran
    for leak in (person.iin, "Pa55-word", "864213", "0000\n"):
        assert leak not in text, leak
    assert "Әбдірахманова" not in text.split("boom")[0]  # names never reach the log lines
    assert "<IIN>" in text and "kense:***@" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_logs_backups_exports_are_private(db, users, person, tmp_path, stdin_pins):
    from test_check import _url

    if "postgres" in _url(db):
        pytest.skip("the SQLite office's files")
    close_db()
    path = tmp_path / "data" / "kense.sqlite"  # the default database in the data folder
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o755)  # as an older version left it
    old_umask = os.umask(0o022)
    try:
        assert main(["demo", "--db", str(path), "--persons", "30", "--applications", "20"]) == 0
        stdin_pins("0000")
        assert main(["backup", "--db", str(path)]) == 0
        app_no = "2026-000001"
        out = tmp_path / "data" / "r.pdf"
        stdin_pins("0000")
        main(
            [
                "print",
                app_no,
                "--doc",
                "talon",
                "--out",
                str(out),
                "--db",
                str(path),
                "--user",
                "office_clerk",
            ]
        )
    finally:
        os.umask(old_umask)
    assert _mode(user_data_dir()) == 0o700 and _mode(user_log_dir()) == 0o700
    assert _mode(user_data_dir() / "backups") == 0o700
    files = [p for p in [*user_data_dir().rglob("*"), *user_log_dir().rglob("*")] if p.is_file()]
    assert any(p.suffix == ".sqlite" for p in files) and any("backups" in str(p) for p in files)
    assert all(_mode(p) == 0o600 for p in files), {str(p): oct(_mode(p)) for p in files}


def test_a_whole_cli_session_through_the_real_program_leaves_nothing_to_read(tmp_path):
    """Every command that handles a PIN, a password or personal data, run as the office runs
    them (a separate process each, crash hook installed), then one crash: every log line and
    crash report is searched for every citizen's IIN and name, the PINs and the password."""
    import sqlite3
    import subprocess

    env = {
        **os.environ,
        "KENSE_LOG_DIR": str(tmp_path / "logs"),
        "KENSE_DATA_DIR": str(tmp_path / "data"),
        "KENSE_SETTINGS_DIR": str(tmp_path / "settings"),
    }
    env.pop("KENSE_DB", None)
    office = str(tmp_path / "office.sqlite")
    secret_url = "postgresql://kense:Pa55-word@127.0.0.1:1/kense"

    def run(stdin: str, *argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "desk_app", *argv],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=300,
        )

    assert run("", "demo", "--db", office, "--persons", "25", "--applications", "12").returncode == 0
    con = sqlite3.connect(office)
    people = con.execute("SELECT iin, surname, name FROM person").fetchall()
    number, month = con.execute(
        "SELECT number, substr(submitted_at, 1, 7) FROM application LIMIT 1"
    ).fetchone()
    con.close()
    iin, surname = people[0][0], people[0][1]
    add = ["user", "add", "nurlan", "--surname", "Сейітов", "--name", "Нұрлан", "--roles", "head"]
    export = ["export", "--month", month, "--out", "m.xlsx", "--show-iin", "--user", "nurlan"]
    steps = [  # (PIN lines on stdin, argv, exit code)
        ("", ["find", iin, "--db", office], 0),
        ("", ["find", surname, "--db", office], 0),
        ("", ["status", number, "--db", secret_url], 2),  # no server there
        ("0000\n864213\n", [*add, "--db", office], 0),
        ("999999\n", [*export, "--db", office], 2),  # a wrong PIN
        ("864213\n", [*export, "--db", office], 0),
        ("0000\n", ["backup", "--db", office], 0),
        ("0000\n", ["migrate-to", secret_url, "--db", office], 2),
        (
            "0000\n",
            [
                "print",
                number,
                "--doc",
                "receipt",
                "--out",
                "r.pdf",
                "--user",
                "center_inspector",
                "--db",
                office,
            ],
            0,
        ),
    ]
    for stdin, argv, code in steps:
        res = run(stdin, *argv)
        assert res.returncode == code and "Traceback" not in res.stderr, (argv, res.stdout, res.stderr)
    assert (tmp_path / "m.xlsx").is_file() and (tmp_path / "r.pdf").is_file()
    # One crash of the real program, its message full of what must not be kept.
    boom = (
        "import sys\n"
        "from desk_app.cli import main as m\n"
        "import desk_app.core.status as s\n"
        f"def boom(*a, **k): raise RuntimeError('{iin} {surname} {secret_url} --pin 864213')\n"
        "s.status_dict = boom\n"
        f"sys.argv = ['main.py', 'status', '{number}', '--db', {office!r}, '--json']\n"
        "m.main()\n"
    )
    res = subprocess.run([sys.executable, "-c", boom], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert res.returncode != 0 and "RuntimeError" in res.stderr
    files = [*(tmp_path / "logs").glob("kense.log*"), *(tmp_path / "logs").glob("crash-*.txt")]
    assert any(p.name.startswith("crash-") for p in files), files
    text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    for command in ("find", "status", "user", "export", "backup", "migrate-to", "print"):
        assert command in text, command  # the log does say what ran
    leaks = {"Pa55-word", "864213", "999999", "Сейітов", "Нұрлан"}
    for p_iin, p_surname, p_name in people:
        leaks |= {p_iin, p_surname, p_name}
    found = sorted(x for x in leaks if x in text)
    assert found == [], found


def test_the_windows_installer_grants_users_modify_on_the_data_folder_and_nothing_wider():
    """Wine cannot apply an ACL (measured: SetFileSecurityW succeeds and the folder reads back
    with a DACL made from Unix mode bits), so the installer script itself is checked: one grant,
    Users modify on C:\\ProgramData\\Kense, and no other grant, tool or wider principal anywhere."""
    import re
    from pathlib import Path

    iss = (Path(__file__).parents[1] / "installer" / "kense.iss").read_text(encoding="utf-8")
    code = "\n".join(line for line in iss.splitlines() if not line.lstrip().startswith(";"))
    assert re.search(r'^#define DataDir "\{commonappdata\}\\Kense"$', code, re.M)
    grants = re.findall(r'^Name: "([^"]+)";.*\bPermissions:\s*([^;\n]+)', code, re.M)
    assert grants == [("{#DataDir}", "users-modify")], grants
    assert len(re.findall(r"\bPermissions:", code)) == 1
    for wider in ("everyone", "authusers", "-full", "icacls", "cacls", "SetSecurity", "[Code]"):
        assert wider.lower() not in code.lower(), wider


def test_the_installed_folders_acl_check_tells_wider_grants():
    """installer/acl_info.py, which the wine installer check runs on the installed folder."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "acl_info", Path(__file__).parents[1] / "installer" / "acl_info.py"
    )
    acl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(acl)
    windows = (  # C:\ProgramData's inherited entries plus the installer's Users modify
        "D:(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICIIO;GA;;;CO)(A;OICI;0x1200a9;;;BU)"
        "(A;CI;0x100116;;;BU)(A;OICI;0x1301bf;;;BU)"
    )
    wine = "D:(A;OICI;FA;;;SY)(A;OICI;FA;;;S-1-5-21-0-0-0-1000)(A;OICI;0x1200a9;;;WD)"
    assert acl.too_wide(windows) == [] and acl.too_wide(wine) == []
    assert acl.too_wide(windows + "(A;OICI;0x1301bf;;;WD)")  # everyone-modify
    assert acl.too_wide(windows.replace("0x1301bf;;;BU", "FA;;;BU"))  # users-full
    assert acl.too_wide("D:(A;OICI;0x1200a9;;;BU)(A;OICI;0x40000;;;BU)")  # Users may change the ACL
    assert acl.too_wide("D:(A;OICI;FW;;;AU)")
