"""Every Alt+letter on a work tab reaches exactly one control: no two visible labels, buttons
or page tabs share a mnemonic, nor take the main menus' letters (Кеңсе, Тіл / Язык)."""

from __future__ import annotations

import re

import pytest
from ui_work import Desk

from desk_app.ui import i18n

MENU_KEYS = {"kk": {"к", "т"}, "ru": {"к", "я"}}


def _mnemonics(top) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    out = []
    texts = [
        w.text() for w in top.findChildren(QLabel) + top.findChildren(QAbstractButton) if w.isVisibleTo(top)
    ]
    for tabs in top.findChildren(QTabWidget):
        if tabs.isVisibleTo(top):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for t in texts:
        m = re.search(r"&([^&\s])", t.replace("&&", ""))
        if m:
            out.append((m.group(1).casefold(), t))
    return out


def _clashes(top, lang: str) -> list[str]:
    seen: dict[str, str] = {}
    bad = []
    for key, text in _mnemonics(top):
        if key in MENU_KEYS[lang]:
            bad.append(f"{text!r} takes a menu's key")
        elif key in seen and seen[key] != text:
            bad.append(f"{text!r} and {seen[key]!r} share Alt+{key}")
        seen.setdefault(key, text)
    return bad


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_shared_mnemonics_on_the_work_tabs(qtbot, users, lang):
    i18n.install(lang)
    try:
        desk = Desk(qtbot, users)
        problems = []
        for role in ("center_inspector", "office_clerk", "executor", "head"):
            tab = desk.tabs[role]
            pages = tab.pages
            for i in range(pages.count()):
                pages.setCurrentIndex(i)
                page = pages.widget(i)
                intake = getattr(page, "start_new_card", None)
                if intake:
                    intake()  # the card form open too: the most crowded screen
                problems += [f"{role}/{i}: {p}" for p in _clashes(tab, lang)]
        assert problems == []
    finally:
        i18n.install("kk")
