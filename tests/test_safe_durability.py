"""Nothing committed is lost when the program is killed at any moment (SIGKILL, many times)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.core import audit
from desk_app.core.db import close_db, init_db
from desk_app.core.models import Application, Step, database
from desk_app.core.safety.check import run_check

ROUNDS = 16
HERE = Path(__file__).parent


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path):
    """Where the writer writes: a SQLite file, or (with KENSE_TEST_PG) a fresh PG database."""
    from conftest import PG_URL

    if request.param == "sqlite":
        yield str(tmp_path / "office.sqlite"), ROUNDS
        return
    if not PG_URL:
        pytest.skip("needs KENSE_TEST_PG")
    import uuid

    import psycopg2

    name = f"kense_kill_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    yield f"{PG_URL.rsplit('/', 1)[0]}/{name}", ROUNDS // 2
    close_db()
    admin.cursor().execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_killed_writer_loses_nothing_committed(target):
    from conftest import make_person

    from desk_app.core import auth

    path, rounds = target
    sqlite = not path.startswith("postgresql")
    init_db(path)
    for r in ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor"):
        auth.create_user(r, "Тестов", "Аты", [r], "0000")
    make_person(auth.create_user("admin", "Тестов", "Әкімші", ["admin"], "0000"))
    close_db()
    rng = random.Random(20260302)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent)])}
    reported: dict[str, int] = {}
    lines_total = 0
    t_start = time.monotonic()
    for rnd in range(rounds):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "durability_writer.py"), str(path), str(rnd)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()
        time.sleep(rng.uniform(0.02, 0.6))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err.decode()[-2000:]
        text = out.decode()
        complete = text.split("\n")[:-1]  # a cut-off last line was maybe not reported
        for line in complete:
            number, version = line.split()
            reported[number] = max(reported.get(number, 0), int(version))
        lines_total += len(complete)
    elapsed = time.monotonic() - t_start
    assert lines_total > rounds, "the writer never got going"

    init_db(path)
    try:
        if sqlite:
            assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert audit.verify_chain() == []
        for number, version in reported.items():
            app = Application.get_or_none(Application.number == number)
            assert app is not None, f"{number} was reported committed but is gone"
            assert app.version >= version, f"{number}: version {app.version} < reported {version}"
            assert Step.select().where(Step.application == app).count() >= 1
        report = run_check()
        assert report.ok, report.to_dict()
        print(
            f"\n{'sqlite' if sqlite else 'postgresql'}: {rounds} kills, {lines_total} commits reported, "
            f"{Application.select().count()} applications, {elapsed:.1f} s"
        )
    finally:
        close_db()
