"""The office database is found, never invented; the CLI on Windows code paths (streams, fsync)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.main import main, prog_name, utf8_streams
from desk_app.core import locate
from desk_app.core.safety import backup

ROOT = Path(__file__).resolve().parents[1]
MACHINE_CONFIG_PATH = locate.machine_config_path  # the real one, before the autouse fixture


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    full = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=full,
    )


@pytest.fixture(autouse=True)
def _no_machine_setting(monkeypatch, tmp_path):
    monkeypatch.delenv(locate.ENV, raising=False)
    monkeypatch.setenv("KENSE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(locate, "machine_config_path", lambda: tmp_path / "no-such.ini")


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["check"],
        ["backup", "--out", "{tmp}/bk"],
        ["export", "--month", "2026-01", "--out", "{tmp}/r.xlsx"],
        ["print", "2026-000001", "--doc", "receipt", "--user", "center_inspector"],
        ["find", "Ахметов"],
        ["custody"],
        ["calendar", "2026"],
        ["user", "list"],
        ["restore", "{tmp}/x.sqlite"],
    ],
)
def test_a_missing_database_is_refused_and_nothing_is_created(tmp_path, capsys, argv):
    missing = tmp_path / "mistyped" / "ofice.sqlite"
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", str(missing)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"база табылмады: {missing}" in err and f"база не найдена: {missing}" in err
    assert not missing.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "logs") == [
        n for n in before if n != "logs"
    ]


def test_missing_database_as_json_and_through_the_real_program(tmp_path):
    missing = tmp_path / "nope.sqlite"
    r = run("status", "--db", str(missing), "--json")
    assert r.returncode == 2
    assert '"ru": "база не найдена: ' in r.stdout
    assert not missing.exists()


def test_demo_creates_and_then_every_command_finds_it(tmp_path, capsys):
    db = tmp_path / "new" / "office.sqlite"
    assert main(["demo", "--db", str(db), "--persons", "10", "--applications", "12"]) == 0
    from desk_app.core.db import close_db

    close_db()
    assert db.is_file()
    assert main(["check", "--db", str(db)]) == 0
    close_db()
    assert "OK" in capsys.readouterr().out


@pytest.mark.parametrize(
    "url", ["mysql://root@localhost/kense", "sqlite:///tmp/x.sqlite", "http://example/kense"]
)
def test_other_url_schemes_are_refused(tmp_path, capsys, url):
    assert main(["status", "--db", url]) == 2
    err = capsys.readouterr().err
    assert re.search(r"қолданылмайды: \w+://", err) and "не поддерживается" in err
    with pytest.raises(locate.KenseError):
        locate.resolve_db(url, must_exist=False)  # not even the desk's first run takes it


def test_postgres_urls_and_windows_paths_pass_the_scheme_check():
    for ok in (
        "postgresql://u:p@host/db",
        "postgres://u@h/db",
        r"C:\ProgramData\Kense\kense.sqlite",
        "C:/ProgramData/Kense/kense.sqlite",
        "relative.sqlite",
    ):
        locate.check_scheme(ok)


def test_kense_db_environment_variable_is_honoured(tmp_path):
    db = tmp_path / "env.sqlite"
    env = {
        "KENSE_DB": str(db),
        "KENSE_LOG_DIR": str(tmp_path / "logs"),
        "KENSE_DATA_DIR": str(tmp_path / "userdata"),
    }
    assert run("demo", "--persons", "10", "--applications", "7", env=env).returncode == 0
    assert db.is_file() and not (tmp_path / "userdata").exists()
    r = run("status", "--json", env=env)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 7
    # --db still wins over the variable.
    r = run("status", "--db", str(tmp_path / "other.sqlite"), env=env)
    assert r.returncode == 2 and "база табылмады" in r.stderr


def test_machine_wide_setting_is_read(tmp_path, monkeypatch):
    ini = tmp_path / "kense.ini"
    # As Inno Setup's [INI] section writes it (a byte-order mark does no harm).
    ini.write_text("\ufeff[database]\npath=C:\\ProgramData\\Kense\\kense.sqlite\n", encoding="utf-8")
    monkeypatch.setattr(locate, "machine_config_path", lambda: ini)
    assert locate.configured_db(None) == r"C:\ProgramData\Kense\kense.sqlite"
    monkeypatch.setenv("KENSE_DB", str(tmp_path / "env.sqlite"))
    assert locate.configured_db(None) == str(tmp_path / "env.sqlite")
    assert locate.configured_db("given.sqlite") == "given.sqlite"


def test_machine_config_path_by_platform(monkeypatch):
    monkeypatch.setattr(locate, "machine_config_path", MACHINE_CONFIG_PATH)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\PD")
    assert str(locate.machine_config_path()).replace("\\", "/").endswith("D:/PD/Kense/kense.ini")
    monkeypatch.setattr(sys, "platform", "linux")
    assert locate.machine_config_path() == Path("/etc/kense/kense.ini")


def test_usage_names_the_program_as_typed():
    assert prog_name("/usr/local/bin/kense") == "kense"
    assert prog_name(r"C:\Program Files\Kense\kense-cli.exe".replace("\\", "/")) == "kense-cli.exe"
    assert prog_name("/x/desk_app/__main__.py") == "python -m desk_app"
    r = run("status", "--help")
    assert r.stdout.startswith("usage: python -m desk_app status"), r.stdout[:80]
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True, timeout=120
    )
    assert r.stdout.startswith("usage: main.py")


def test_subcommand_help_in_kazakh_and_russian():
    r = run("--help")
    assert "бос дерекқорда демо кеңсе құру / создать демо-офис в пустой базе" in " ".join(r.stdout.split())
    r = run("status", "--help")
    assert "JSON шығару / вывод JSON" in r.stdout and "файл SQLite" in r.stdout


def test_output_is_utf8_whatever_the_code_page(monkeypatch):
    raw = io.BytesIO()
    ansi = io.TextIOWrapper(raw, encoding="cp1252")  # a redirected stdout on a Western Windows
    monkeypatch.setattr(sys, "stdout", ansi)
    with pytest.raises(UnicodeEncodeError):
        print("Демо кеңсе", file=ansi)
    utf8_streams()
    print("Демо кеңсе дайын: әғқңөұүһі", file=ansi)
    ansi.flush()
    assert "әғқңөұүһі" in raw.getvalue().decode("utf-8")


def test_backup_fsyncs_through_a_handle_opened_for_writing(tmp_path, monkeypatch):
    """Windows' FlushFileBuffers refuses a read-only handle (EACCES); so does this stand-in."""
    f = tmp_path / "copy.sqlite"
    f.write_bytes(b"x")
    modes: dict[int, int] = {}
    real_open, real_fsync = os.open, os.fsync

    def opening(path, flags, *a, **k):
        fd = real_open(path, flags, *a, **k)
        modes[fd] = flags
        return fd

    def windows_fsync(fd):
        if modes.get(fd, 0) & (os.O_WRONLY | os.O_RDWR) == 0 and not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise PermissionError(13, "Permission denied")
        real_fsync(fd)

    monkeypatch.setattr(os, "open", opening)
    monkeypatch.setattr(os, "fsync", windows_fsync)
    backup._fsync(f)  # raised PermissionError before the fix


def test_process_age_asks_sys_platform_not_proc(monkeypatch):
    from desk_app.ui import app

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delattr(os, "sysconf")  # Windows Python has none; under wine /proc is still visible
    assert 0 <= app.process_age_ms() < 3_600_000


def test_one_version_number():
    import desk_app

    iss = (ROOT / "installer" / "kense.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == desk_app.__version__
    from importlib.metadata import version

    assert version("kense") == desk_app.__version__
