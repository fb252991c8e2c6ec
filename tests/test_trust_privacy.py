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
