"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when asked)."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No per-example time limit: on a loaded CI machine a pause of the whole process would fail
# a property (DeadlineExceeded / Flaky) that has nothing to do with time.
settings.register_profile("kense", deadline=None)
settings.load_profile("kense")

from desk_app.core import auth, cards, iin  # noqa: E402
from desk_app.core.db import close_db, init_db  # noqa: E402

# Fixtures of the work-tab tests (printed, answers, kazakh) live in tests/ui_work.py.
pytest_plugins = ["ui_work"]

PG_URL = os.environ.get("KENSE_TEST_PG")  # e.g. postgresql://postgres@localhost/postgres


def _backends() -> list[str]:
    return ["sqlite", "postgres"] if PG_URL else ["sqlite"]


@pytest.fixture(params=_backends())
def db(request, tmp_path):
    """An empty, migrated database; on PostgreSQL a throw-away database per test."""
    if request.param == "sqlite":
        database = init_db(tmp_path / "test.sqlite")
        yield database
        close_db()
        return
    import psycopg2

    name = f"kense_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    base = PG_URL.rsplit("/", 1)[0]
    database = init_db(f"{base}/{name}")
    yield database
    close_db()
    admin.cursor().execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()


@pytest.fixture
def users(db):
    """One user per role (login = role code, PIN 0000), plus a second executor."""
    out = {}
    for login, roles in [
        ("center_inspector", ["center_inspector"]),
        ("dispatch_inspector", ["dispatch_inspector"]),
        ("office_clerk", ["office_clerk"]),
        ("head", ["head"]),
        ("executor", ["executor"]),
        ("executor2", ["executor"]),
        ("admin", ["admin"]),
        ("center_head", ["center_head"]),
    ]:
        out[login] = auth.create_user(login, "Тестов", login.title(), roles, "0000")
    return out


_serial = iter(range(1, 10**6))


def make_person(
    by,
    surname="Әбдірахманова",
    name="Гүлнұр",
    patronymic="Серікқызы",
    born=dt.date(1984, 3, 21),
    sex="F",
    **extra,
):
    code = None
    while code is None:
        code = iin.make(born, sex, next(_serial))
    return cards.create_person(
        {
            "iin": code,
            "surname": surname,
            "name": name,
            "patronymic": patronymic,
            "birth_date": born,
            "sex": sex,
            **extra,
        },
        by,
    )


@pytest.fixture
def person(users):
    return make_person(users["admin"])


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """GUI preferences (QSettings) go to a temp INI file, never the real user profile."""
    monkeypatch.setenv("KENSE_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("KENSE_DATA_DIR", str(tmp_path / "data"))  # default DB, backups


@pytest.fixture(autouse=True)
def _isolated_logs(tmp_path, monkeypatch):
    """Logs and crash reports go to a temp folder, never the real per-user log folder."""
    monkeypatch.setenv("KENSE_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture
def stdin_pins(monkeypatch):
    """`stdin_pins("0000", …)`: the lines a signed-in command reads as PINs (stdin not a tty)."""
    import io

    def feed(*lines: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))

    return feed


# Whatever the tests ran, no log or crash report may hold a secret or personal data.
_LEAKS = [
    (r"(?<!\d)\d{12}(?!\d)", "an IIN"),
    (r"://[^:/@\s]*:[^@*\s]+@", "a URL password"),
    ("Әбдірахманова|Гүлнұр|Серікқызы", "a citizen's name"),
    (r"--[\w-]*pin[ =]\d", "a PIN"),
]


@pytest.fixture(scope="session", autouse=True)
def _no_secrets_in_logs(tmp_path_factory):
    yield
    import re

    base = tmp_path_factory.getbasetemp()
    found = []
    for path in [*base.rglob("kense.log*"), *base.rglob("crash-*.txt")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for pattern, what in _LEAKS:
            m = re.search(pattern, text)
            if m:
                found.append(f"{path}: {what}: …{text[max(0, m.start() - 40) : m.end() + 10]}…")
    assert not found, "\n".join(found[:20])
