"""Start-up: `--smoke`, the empty-database offer, forms and translations kept up to date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.core.models import OfficeSetting, User
from desk_app.ui import first_run

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, env_extra: dict[str, str] | None = None, timeout: int = 120):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_smoke_over_an_empty_database_prints_start_up_ms(tmp_path):
    db = tmp_path / "fresh.sqlite"
    env = {"KENSE_SETTINGS_DIR": str(tmp_path / "s")}
    r = _run("--db", str(db), "--smoke", env_extra=env)
    assert r.returncode == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert last.isdigit() and 0 < int(last) < 120_000
    assert "Traceback" not in r.stderr
    # Again over the demo office it built, in Russian.
    r = _run("--db", str(db), "--smoke", "--lang", "ru", env_extra=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].isdigit()


def test_empty_database_needs_setup_and_the_demo_fills_it(db):
    assert first_run.needs_setup()
    counts = first_run.load_demo_office(persons=8, applications=10)
    assert counts["applications"] == 10
    assert not first_run.needs_setup()
    assert User.get(User.login == "office_clerk").has_role("office_clerk")
    assert OfficeSetting.get_by_id("office_name").value.startswith("Қызылорда")
    from desk_app.ui.main_window import office_title

    assert office_title().startswith("Қызылорда қаласының") and office_title().endswith(" — Кеңсе")


def test_generated_forms_are_up_to_date():
    r = subprocess.run(
        [sys.executable, "tools/build_forms.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    forms = sorted(p.stem for p in (ROOT / "forms").glob("*.ui"))
    assert {"sign_in", "settings"} <= set(forms)
    for stem in forms:
        assert (ROOT / "desk_app" / "ui" / "generated" / f"ui_{stem}.py").exists()


def test_russian_catalogue_is_complete_and_compiled():
    r = subprocess.run([sys.executable, "tools/i18n.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout
    ts = ROOT / "resources" / "translations" / "kense_ru.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000


@pytest.mark.parametrize("lang,expected", [("ru", "Сменить пользователя"), ("kk", "Пайдаланушыны ауыстыру")])
def test_translator_switches_at_run_time(qapp, lang, expected):
    from PySide6.QtCore import QCoreApplication

    from desk_app.ui import i18n

    try:
        assert i18n.install(lang)
        assert QCoreApplication.translate("MainWindow", "Пайдаланушыны ауыстыру") == expected
    finally:
        i18n.install("kk")


def test_second_launch_raises_the_first_window(qtbot, users, monkeypatch):
    import uuid

    from desk_app.ui import app as app_mod
    from desk_app.ui.main_window import MainWindow

    key = f"kense-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(app_mod, "instance_key", lambda: key)
    w = MainWindow()
    qtbot.addWidget(w)
    assert not app_mod.raise_running_instance()  # nobody listening yet
    server = app_mod.listen_for_second_launch(w)
    with qtbot.waitSignal(server.newConnection, timeout=2000):
        assert app_mod.raise_running_instance()
    qtbot.waitUntil(w.isVisible, timeout=2000)


def test_screenshot_tool_finds_clipped_text(qtbot):
    import importlib.util

    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    shots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shots)
    top = QWidget()
    qtbot.addWidget(top)
    lay = QHBoxLayout(top)
    cut = QPushButton("Таңдалғандарды жіберілді деп белгілеу")
    cut.setFixedWidth(60)
    wrapped = QLabel("Өте ұзын мәтін " * 20)
    wrapped.setWordWrap(True)
    lay.addWidget(cut)
    lay.addWidget(wrapped)
    top.resize(300, 200)
    top.show()
    problems = shots.clipped(top)
    assert len(problems) == 1 and "Таңдалғандарды" in problems[0]


def test_desk_start_does_not_import_heavy_libraries():
    code = (
        "import sys; import desk_app.ui.app, desk_app.ui.main_window; "
        "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_run_gui_offers_setup_on_an_empty_database(qapp, tmp_path, monkeypatch):
    import argparse

    from desk_app.core.db import close_db
    from desk_app.ui import app as app_mod

    offered = []
    monkeypatch.setattr(app_mod, "raise_running_instance", lambda: False)
    monkeypatch.setattr(first_run, "offer_first_run", lambda parent=None: offered.append(1) or False)
    args = argparse.Namespace(db=str(tmp_path / "empty.sqlite"), smoke=False, lang=None)
    try:
        assert app_mod.run_gui(args) == 1  # declined: the desk does not open over an empty office
    finally:
        close_db()
    assert offered == [1]


def test_queue_tooltips_name_the_service(qtbot, users, person):
    from PySide6.QtCore import Qt
    from qt_helpers import center_application

    from desk_app.ui.queue_model import QueueModel

    center_application(users, person, service=3)
    model = QueueModel("dispatch_inspector")
    model.reload()
    tip = model.data(model.index(0, QueueModel.COL_SERVICE), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Мүгедектерге протездік-ортопедиялық")


def test_enter_on_the_first_start_offer_loads_the_demo_office(qtbot, db):
    """README's start over an empty database: the offer's default is the demo office, so the
    clerk's Enter (typed into the box, not clicked) opens the desk over one."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desk_app.core.models import Application

    assert first_run.needs_setup()
    pressed = []

    def press_enter() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, press_enter)
            return
        box = boxes[0]
        default = box.defaultButton()
        pressed.append(default.text() if default is not None else None)
        QTimer.singleShot(3000, box, box.reject)  # should Enter do nothing: a failure, not a hang
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    assert first_run.offer_first_run() is True
    assert pressed == ["Демо кеңсені жүктеу"]
    assert not first_run.needs_setup() and Application.select().count() > 0
