"""The working morning of `tools/desk_walk.py` — sign-in, intake, every role's step and the
status look-up, all by real key events 20-40 ms apart on a 1366×768 screen over a fresh
demo office — ends with every step done and no finding (each step checked in the database)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_working_morning_by_keys(tmp_path, lang):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KENSE_DATA_DIR": str(tmp_path / "data"),
        "KENSE_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the desk's per-user settings
    }
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "desk_walk.py"),
            "--lang",
            lang,
            "--out",
            str(tmp_path / "shots"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    tail = run.stdout[-3000:] + run.stderr[-3000:]
    assert run.returncode == 0, tail
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("42 steps") and " 0 failed, 0 finding(s)" in last, tail
    assert "[MOUSE]" not in run.stdout, tail  # every step by the keyboard
    assert len(list((tmp_path / "shots").glob("*.png"))) == 42
