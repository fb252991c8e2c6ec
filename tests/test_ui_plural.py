"""Plural messages reach a subclass in Russian. PySide6's `self.tr` finds a plain string under
any base class's name, but a plural (`%n`) only under the object's own class: a base class's
plural shown by a subclass stays Kazakh on a Russian desk (the clerk's «Тіркелді: 1»)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import make_person
from qt_helpers import center_application
from ui_work import app, session_for

from desk_app.core import workflow
from desk_app.ui import i18n
from desk_app.ui.tabs.office_clerk_desk import OfficeClerkDeskTab

UI = Path(__file__).resolve().parent.parent / "desk_app" / "ui"


@pytest.fixture
def russian():
    assert i18n.install("ru")
    yield
    i18n.install("kk")


def test_the_clerks_register_notice_is_russian_on_a_russian_desk(qtbot, users, russian):
    number = center_application(users, make_person(users["admin"])).number
    workflow.dispatch(number, users["dispatch_inspector"].id)
    tab = OfficeClerkDeskTab(session_for(users["office_clerk"]))
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.queue.select_number(number)
    assert tab.register_selected() == 1
    assert app(number).current_step == 4
    assert tab.last_message == "Зарегистрировано: 1"


def _classes() -> dict[str, tuple[list[str], list[int]]]:
    """{class: (its base names, lines of plural self.tr calls in it)} over desk_app/ui."""
    out: dict[str, tuple[list[str], list[int]]] = {}
    for path in UI.rglob("*.py"):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            plural = [
                c.lineno
                for c in ast.walk(node)
                if isinstance(c, ast.Call)
                and isinstance(c.func, ast.Attribute)
                and c.func.attr == "tr"
                and isinstance(c.func.value, ast.Name)
                and c.func.value.id == "self"
                and len(c.args) == 3
            ]
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
            out[f"{path.relative_to(UI)}:{node.name}"] = (bases, plural)
    return out


def test_no_plural_self_tr_in_a_class_that_has_subclasses():
    classes = _classes()
    subclassed = {base for bases, _ in classes.values() for base in bases}
    found = [
        f"{key} line {line}"
        for key, (_, lines) in classes.items()
        if key.rsplit(":", 1)[1] in subclassed
        for line in lines
    ]
    assert found == [], "use QCoreApplication.translate(<the class>, text, '', n) there"
    assert any(lines for _, lines in classes.values())  # the scan does see plural calls


def test_every_translated_text_is_a_literal_lupdate_can_extract():
    """`tr(text)` or `QCoreApplication.translate(ctx, text)` with a variable text is never in
    the catalogue: the screen stays Kazakh on a Russian desk (the scan router's `_tr`)."""
    found = []
    for path in UI.rglob("*.py"):
        if "generated" in path.parts:
            continue
        for c in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)):
                continue
            text = {"tr": 0, "translate": 1}.get(c.func.attr)
            is_qt = c.func.attr == "tr" or (
                isinstance(c.func.value, ast.Name) and c.func.value.id == "QCoreApplication"
            )
            if text is None or not is_qt or len(c.args) <= text:
                continue
            arg = c.args[text]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                found.append(f"{path.relative_to(UI)}:{c.lineno}")
    assert found == []
